// A token keeper whose expiry goroutine locks the mutex it was handed, `mu: &t.keeperMu`,
// while the provider adds tokens under its own `t.mu`: two mutexes, so the keeper's range
// and the provider's write to the token map exclude nothing. The near miss of
// neg_real_etcd_keeper_mutex_pointer, where the keeper is handed `&t.mu` itself.
package main

import (
	"fmt"
	"sync"
	"time"
)

type tokenKeeper struct {
	tokens  map[string]time.Time
	expired int
	mu      *sync.Mutex
	tick    chan time.Time
	donec   chan struct{}
}

func (tm *tokenKeeper) addToken(token string, ttl time.Duration) {
	tm.tokens[token] = time.Unix(0, 0).Add(ttl) // want "concurrent map write"
}

func (tm *tokenKeeper) run() {
	defer close(tm.donec)
	for now := range tm.tick {
		tm.mu.Lock()
		for _, end := range tm.tokens { // other access
			if now.After(end) {
				tm.expired++
			}
		}
		tm.mu.Unlock()
	}
}

type tokenProvider struct {
	mu       sync.Mutex
	keeperMu sync.Mutex
	keeper   *tokenKeeper
	users    map[string]string
}

func (t *tokenProvider) enable() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.keeper != nil {
		return
	}
	t.keeper = &tokenKeeper{tokens: map[string]time.Time{}, mu: &t.keeperMu, tick: make(chan time.Time), donec: make(chan struct{})}
	go t.keeper.run()
}

func (t *tokenProvider) assign(user, token string, ttl time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.keeper == nil {
		return
	}
	t.users[token] = user
	t.keeper.addToken(token, ttl)
}

func main() {
	t := &tokenProvider{users: map[string]string{}}
	t.enable()
	k := t.keeper
	t.assign("alice", "token.1", time.Second)
	k.tick <- time.Unix(2, 0)
	t.assign("bob", "token.2", time.Hour)
	k.tick <- time.Unix(3, 0)
	close(k.tick)
	<-k.donec
	fmt.Println(len(k.tokens), len(t.users))
}
