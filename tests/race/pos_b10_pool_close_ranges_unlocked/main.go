// A database connection pool keeps its idle connections in a map guarded by a mutex. Close was
// written for the shutdown path, where its author assumed nothing else runs, and ranges over the
// idle set without the lock; a query finishing during shutdown puts its connection back at the
// same time.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Conn struct {
	id     int
	closed atomic.Bool
}

func (c *Conn) Query(q string) int {
	if c.closed.Load() {
		return -1
	}
	return len(q)
}

type Pool struct {
	mu   sync.Mutex
	idle map[*Conn]time.Time
	open int
}

func NewPool() *Pool { return &Pool{idle: make(map[*Conn]time.Time)} }

func (p *Pool) Get() *Conn {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.idle {
		delete(p.idle, c)
		return c
	}
	p.open++
	return &Conn{id: p.open}
}

func (p *Pool) Put(c *Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.idle[c] = time.Now() // want "concurrent map write"
}

// Close closes every idle connection; it runs once the server has stopped accepting requests.
func (p *Pool) Close() int {
	n := 0
	for c := range p.idle { // other access
		c.closed.Store(true)
		n++
	}
	return n
}

func main() {
	pool := NewPool()
	warm := pool.Get()
	busy := pool.Get()
	pool.Put(warm)

	var wg sync.WaitGroup
	shutdown := make(chan struct{})
	wg.Go(func() {
		<-shutdown
		rows := busy.Query("SELECT id FROM orders WHERE state = 'open'")
		pool.Put(busy)
		_ = rows
	})
	close(shutdown)
	closed := pool.Close()
	wg.Wait()
	fmt.Println("closed", closed, "idle connections at shutdown")
}
