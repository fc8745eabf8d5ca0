// A database proxy reuses connection state objects through a small generic free list. When the
// list is empty, Get calls the pool's New function, which the proxy sets to a constructor that
// makes the session map, so every conn handed out has one.
package main

import "fmt"

type Pool[T any] struct {
	New  func() *T
	free []*T
}

func (p *Pool[T]) Get() *T {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free = p.free[:n-1]
		return x
	}
	return p.New()
}

func (p *Pool[T]) Put(x *T) { p.free = append(p.free, x) }

type conn struct {
	id      int
	session map[string]string
}

func newConn() *conn { return &conn{session: make(map[string]string)} }

type Proxy struct {
	pool   Pool[conn]
	nextID int
}

func (px *Proxy) Open(user, db string) *conn {
	c := px.pool.Get()
	px.nextID++
	c.id = px.nextID
	c.session["user"] = user
	c.session["database"] = db
	return c
}

func main() {
	px := &Proxy{pool: Pool[conn]{New: newConn}}
	px.pool.Put(&conn{session: map[string]string{}})
	a := px.Open("app", "orders")
	fmt.Println(a.id, a.session["database"])
	b := px.Open("report", "analytics")
	fmt.Println(b.id, b.session["database"])
}
