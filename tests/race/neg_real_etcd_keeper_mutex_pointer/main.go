// Reduced from etcd-io/etcd server/v3 v3.7.4, auth/simple_token.go:64 (addSimpleToken), where
// mapscope check reported the token keeper's map written by the caller while the keeper's
// goroutine (simple_token.go:188) ranges over it "with no lock held in common": enable() makes
// the keeper with `mu: &t.simpleTokensMu`, the keeper's loop locks `tm.mu`, and every caller
// that touches the keeper's map holds `t.simpleTokensMu`. A near miss: both sides lock one
// mutex, one through the pointer the keeper keeps to it. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type tokenKeeper struct {
	tokens map[string]time.Time
	mu     *sync.Mutex
	tick   chan time.Time
	donec  chan struct{}
}

func (tm *tokenKeeper) addToken(token string, ttl time.Duration) {
	tm.tokens[token] = time.Unix(0, 0).Add(ttl)
}

func (tm *tokenKeeper) run() {
	defer close(tm.donec)
	for now := range tm.tick {
		tm.mu.Lock()
		for token, end := range tm.tokens {
			if now.After(end) {
				delete(tm.tokens, token)
			}
		}
		tm.mu.Unlock()
	}
}

type tokenProvider struct {
	mu     sync.Mutex
	keeper *tokenKeeper
	users  map[string]string
}

func (t *tokenProvider) enable() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.keeper != nil {
		return
	}
	t.keeper = &tokenKeeper{tokens: map[string]time.Time{}, mu: &t.mu, tick: make(chan time.Time), donec: make(chan struct{})}
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
