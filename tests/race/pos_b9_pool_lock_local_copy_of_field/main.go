// A connection pool keeps idle connections per host. Checkin takes the pool's mutex through a
// local variable, but `mu := p.mu` copies the mutex instead of taking its address: every call
// locks a copy of its own, and two connections checked in at once write the idle map together.
package main

import (
	"fmt"
	"sync"
)

type Pool struct {
	mu   sync.Mutex
	idle map[string][]string
}

func (p *Pool) Checkin(host, conn string) {
	mu := p.mu // root cause
	mu.Lock()
	defer mu.Unlock()
	p.idle[host] = append(p.idle[host], conn) // want "concurrent map write"
}

func (p *Pool) Idle() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, conns := range p.idle {
		n += len(conns)
	}
	return n
}

func main() {
	p := &Pool{idle: make(map[string][]string)}
	done := []struct{ host, conn string }{
		{"db-primary:5432", "conn-17"},
		{"cache:6379", "conn-4"},
	}
	var arrived, wg sync.WaitGroup
	arrived.Add(len(done))
	for _, d := range done {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait() // two requests finish together
			p.Checkin(d.host, d.conn)
		})
	}
	wg.Wait()
	fmt.Println(p.Idle(), "idle connections")
}
