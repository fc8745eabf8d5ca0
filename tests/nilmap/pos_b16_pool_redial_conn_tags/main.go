// A connection pool whose dial path makes each conn's tag map, while the redial path after a
// broken connection builds the replacement with a struct literal that leaves the tags nil; the
// next checkout stamps a tag on it.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type conn struct {
	id     int
	addr   string
	broken bool
	tags   map[string]string
}

type Pool struct {
	addr   string
	nextID int
	idle   []*conn
}

func (p *Pool) dial() *conn {
	p.nextID++
	return &conn{id: p.nextID, addr: p.addr, tags: map[string]string{"origin": "dial"}}
}

func (p *Pool) redial(old *conn) *conn {
	p.nextID++
	// The replacement keeps the address but not the bookkeeping of the old conn.
	return &conn{id: p.nextID, addr: old.addr}
}

func (p *Pool) Get(owner string) *conn {
	var c *conn
	if n := len(p.idle); n > 0 {
		c, p.idle = p.idle[n-1], p.idle[:n-1]
		if c.broken {
			c = p.redial(c)
		}
	} else {
		c = p.dial()
	}
	c.tags["owner"] = owner // want "nil map"
	return c
}

func (p *Pool) Put(c *conn, err error) {
	if errors.Is(err, errReset) {
		c.broken = true
	}
	p.idle = append(p.idle, c)
}

var errReset = errors.New("connection reset by peer")

func main() {
	p := &Pool{addr: "db.internal:5432"}
	for i := 0; i < 3; i++ {
		c := p.Get("worker-" + strconv.Itoa(i))
		var err error
		if i == 1 {
			err = fmt.Errorf("query: %w", errReset)
		}
		fmt.Println("conn", c.id, c.tags["owner"], err)
		p.Put(c, err)
	}
}
