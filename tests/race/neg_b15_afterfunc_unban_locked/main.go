// A login guard bans an address after three failed attempts and lifts the ban with time.AfterFunc.
// The callback takes the guard's mutex before deleting the ban, so the unban takes turns with the
// checks from the request path. The near miss of pos_b15_afterfunc_unban_unlocked.
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
	unbans   sync.WaitGroup
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
	g.banned[addr] = time.Now()
	g.unbans.Add(1)
	time.AfterFunc(g.banFor, func() {
		defer g.unbans.Done()
		g.mu.Lock()
		delete(g.banned, addr)
		g.mu.Unlock()
	})
}

func (g *Guard) Allowed(addr string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	_, banned := g.banned[addr]
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
	g.unbans.Wait()
	fmt.Println("attacker allowed after the ban:", g.Allowed(attacker))
}
