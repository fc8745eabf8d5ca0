// A database pool's Get and Put take the pool's mutex, but Close walks the idle map without it,
// on the theory that nobody uses a pool being closed. The server closes the pool on shutdown
// while a request that is still in flight puts its connection back.
package main

import (
	"os"
	"sort"
	"strconv"
	"sync"
)

type Conn struct {
	id     int
	closed bool
}

type Pool struct {
	mu     sync.Mutex
	nextID int
	idle   map[int]*Conn
}

func (p *Pool) Get() *Conn {
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, c := range p.idle {
		delete(p.idle, id)
		return c
	}
	p.nextID++
	return &Conn{id: p.nextID}
}

func (p *Pool) Put(c *Conn) {
	p.mu.Lock()
	p.idle[c.id] = c // want "concurrent map write"
	p.mu.Unlock()
}

// Close reports which idle connections it is closing.
func (p *Pool) Close() []int {
	var ids []int
	for id := range p.idle { // other access
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

// handle runs a request on the connection it was accepted with and returns it to the pool.
func handle(p *Pool, c *Conn, query string, rows *int) {
	defer p.Put(c)
	*rows = len(query) % 7
}

func main() {
	p := &Pool{idle: make(map[int]*Conn)}
	p.Put(p.Get())

	var inflight sync.WaitGroup
	var rows int
	inflight.Add(1)
	c := p.Get()
	go func() {
		defer inflight.Done()
		handle(p, c, "SELECT id FROM orders WHERE status = 'open'", &rows)
	}()

	// Shutdown: close the pool, then let in-flight requests finish.
	closing := p.Close()
	inflight.Wait()
	out := "closed idle conns:"
	for _, id := range closing {
		out += " " + strconv.Itoa(id)
	}
	os.Stdout.WriteString(out + "; last query rows " + strconv.Itoa(rows) + "\n")
}
