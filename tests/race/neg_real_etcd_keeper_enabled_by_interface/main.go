// Reduced from etcd-io/etcd server/v3 v3.7.4, auth/simple_token.go:64 (addSimpleToken), as
// neg_real_etcd_keeper_mutex_pointer, but the way etcd calls it: the auth store enables and
// uses the token provider through an interface, so no static call says which provider the
// keeper's `mu: &t.mu` points into. Every keeper is made pointing back into the provider it
// is stored in, so the keeper's goroutine locks its provider's `t.mu` (through a receiver
// its deferred closure captures, as etcd's run does). Our own rewrite.
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
	defer func() { close(tm.donec) }()
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

type provider interface {
	enable()
	assign(user, token string, ttl time.Duration)
}

type authStore struct{ tokens provider }

func main() {
	t := &tokenProvider{users: map[string]string{}}
	as := &authStore{tokens: t}
	as.tokens.enable()
	k := t.keeper
	as.tokens.assign("alice", "token.1", time.Second)
	k.tick <- time.Unix(2, 0)
	as.tokens.assign("bob", "token.2", time.Hour)
	k.tick <- time.Unix(3, 0)
	close(k.tick)
	<-k.donec
	fmt.Println(len(k.tokens), len(t.users))
}
