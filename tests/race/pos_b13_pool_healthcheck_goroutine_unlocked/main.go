// A connection pool hands out idle connections and, so as not to slow Get down, checks each
// one in a background goroutine that records when it last answered. The recording happens in
// that goroutine without the pool's mutex, while Stats, served to the admin page, ranges
// over the same map under the mutex.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type conn struct {
	id   int
	addr string
}

func (c *conn) ping() bool { return c.addr != "" }

type Pool struct {
	mu        sync.Mutex
	idle      []*conn
	lastAlive map[int]time.Time
	checks    sync.WaitGroup
}

func (p *Pool) Get() *conn {
	p.mu.Lock()
	c := p.idle[len(p.idle)-1]
	p.idle = p.idle[:len(p.idle)-1]
	p.mu.Unlock()
	p.checks.Go(func() { p.check(c) })
	return c
}

func (p *Pool) check(c *conn) {
	if c.ping() {
		p.lastAlive[c.id] = time.Unix(1700000000, 0) // want "concurrent map write"
	}
}

func (p *Pool) Stats() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for id, t := range p.lastAlive { // other access
		out = append(out, fmt.Sprintf("conn %d alive at %d", id, t.Unix()))
	}
	sort.Strings(out)
	return out
}

func main() {
	p := &Pool{lastAlive: make(map[int]time.Time)}
	for i := 1; i <= 3; i++ {
		p.idle = append(p.idle, &conn{id: i, addr: fmt.Sprintf("10.0.0.%d:5432", i)})
	}
	c := p.Get()
	stats := p.Stats()
	p.checks.Wait()
	fmt.Println("got conn", c.id, "stats:", stats)
}
