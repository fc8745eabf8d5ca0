// A database connection pool keeps idle connections in a buffered channel. query returns its
// connection with a deferred Put, but its error path also calls Put, so a failed query puts the
// same connection back twice. The next two queries, run at once, both get that connection and
// write its per-connection metadata map together.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Conn struct {
	id   int
	meta map[string]string
}

type Pool struct {
	idle   chan *Conn
	mu     sync.Mutex
	dialed int
}

func (p *Pool) Get() *Conn {
	select {
	case c := <-p.idle:
		return c
	default:
	}
	p.mu.Lock()
	p.dialed++
	id := p.dialed
	p.mu.Unlock()
	return &Conn{id: id, meta: make(map[string]string)}
}

func (p *Pool) Put(c *Conn) {
	select {
	case p.idle <- c:
	default: // pool full: drop the connection
	}
}

func query(p *Pool, sql string, both *sync.WaitGroup) (int, error) {
	c := p.Get()
	defer p.Put(c)
	if both != nil {
		both.Done()
		both.Wait()
	}
	c.meta["last_query"] = sql // want "concurrent map write"
	if strings.Contains(sql, "missing_table") {
		p.Put(c)
		return c.id, errors.New("relation does not exist")
	}
	return c.id, nil
}

func main() {
	p := &Pool{idle: make(chan *Conn, 4)}
	if _, err := query(p, "SELECT * FROM missing_table", nil); err != nil {
		fmt.Println("query failed:", err)
	}

	var both sync.WaitGroup
	both.Add(2)
	ids := make([]int, 2)
	var wg sync.WaitGroup
	for i, sql := range []string{"SELECT id FROM orders", "SELECT id FROM users"} {
		wg.Go(func() { ids[i], _ = query(p, sql, &both) })
	}
	wg.Wait()
	fmt.Println("connections used:", ids, "dialed:", p.dialed)
}
