// A login guard bans an address after three failed attempts. Instead of a timer callback, the
// check on the request path lifts an expired ban itself, under the guard's mutex, so every access
// to the ban list happens with the lock held on the callers' goroutines. The near miss of
// pos_b15_afterfunc_unban_unlocked.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Guard struct {
	mu       sync.Mutex
	failures map[string]int
	banned   map[string]time.Time
	banFor   time.Duration
}

func NewGuard(banFor time.Duration) *Guard {
	return &Guard{
		failures: make(map[string]int),
		banned:   make(map[string]time.Time),
		banFor:   banFor,
	}
}

func (g *Guard) Fail(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.failures[addr]++
	if g.failures[addr] < 3 {
		return
	}
	delete(g.failures, addr)
	g.banned[addr] = time.Now().Add(g.banFor)
}

func (g *Guard) Allowed(addr string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	until, banned := g.banned[addr]
	if banned && time.Now().After(until) {
		delete(g.banned, addr)
		banned = false
	}
	return !banned
}

func main() {
	g := NewGuard(2 * time.Millisecond)
	attacker, user := "203.0.113.9", "198.51.100.4"
	for range 3 {
		g.Fail(attacker)
	}
	g.Fail(user)

	fmt.Println("attacker allowed:", g.Allowed(attacker))
	fmt.Println("user allowed:", g.Allowed(user))
	time.Sleep(3 * time.Millisecond)
	fmt.Println("attacker allowed after the ban:", g.Allowed(attacker))
}
