// A database client hands out connections from a pool (a buffered channel of idle connections);
// each connection keeps per-connection stats in a plain map, safe because only the goroutine that
// holds the connection touches it. Exec finishes its bookkeeping before returning the connection,
// so the next caller, woken by the Put, sees every write the previous holder made.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type conn struct {
	id    int
	stats map[string]int
}

func (c *conn) run(query string) int {
	return len(strings.Fields(query))
}

type Pool struct {
	idle chan *conn
}

func NewPool(size int) *Pool {
	p := &Pool{idle: make(chan *conn, size)}
	for i := 0; i < size; i++ {
		p.idle <- &conn{id: i, stats: make(map[string]int)}
	}
	return p
}

func (p *Pool) Get() *conn  { return <-p.idle }
func (p *Pool) Put(c *conn) { p.idle <- c }

func (p *Pool) Exec(query string) int {
	c := p.Get()
	c.stats["inflight"]++
	rows := c.run(query)
	c.stats["inflight"]--
	p.Put(c)
	return rows
}

func main() {
	p := NewPool(1) // one connection: the test database allows a single session
	var wg sync.WaitGroup
	var rows int
	wg.Add(1)
	go func() {
		defer wg.Done()
		rows = p.Exec("UPDATE carts SET touched = now() WHERE id = 7")
	}()
	mine := p.Exec("SELECT id FROM carts")
	wg.Wait()
	c := p.Get()
	fmt.Println("rows", rows, mine, "inflight on conn", c.id, c.stats["inflight"])
}
