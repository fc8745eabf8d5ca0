// A database proxy reuses connection state objects through a small generic free list. When the
// list is empty, Get falls back to new(T); the proxy then tags the connection's session
// variables, a map the zero conn does not have.
package main

import "fmt"

type Pool[T any] struct {
	free []*T
}

func (p *Pool[T]) Get() *T {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free = p.free[:n-1]
		return x
	}
	return new(T)
}

func (p *Pool[T]) Put(x *T) { p.free = append(p.free, x) }

type conn struct {
	id      int
	session map[string]string
}

type Proxy struct {
	pool   Pool[conn]
	nextID int
}

func (px *Proxy) Open(user, db string) *conn {
	c := px.pool.Get()
	px.nextID++
	c.id = px.nextID
	c.session["user"] = user // want "nil map"
	c.session["database"] = db
	return c
}

func main() {
	px := &Proxy{}
	px.pool.Put(&conn{session: map[string]string{}})
	a := px.Open("app", "orders")
	fmt.Println(a.id, a.session["database"])
	b := px.Open("report", "analytics")
	fmt.Println(b.id, b.session["database"])
}
