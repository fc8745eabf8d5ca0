// A WebSocket hub keeps its connections in a sync.Map: handlers store, load and delete
// concurrently without a lock of their own.
package main

import (
	"fmt"
	"sync"
)

type conn struct{ user string }

type hub struct {
	conns sync.Map // connection ID -> *conn
}

func (h *hub) join(id, user string) { h.conns.Store(id, &conn{user: user}) }
func (h *hub) leave(id string)      { h.conns.Delete(id) }
func (h *hub) user(id string) string {
	if c, ok := h.conns.Load(id); ok {
		return c.(*conn).user
	}
	return ""
}

func main() {
	h := &hub{}
	h.join("c0", "root")
	var wg sync.WaitGroup
	wg.Go(func() { h.join("c1", "ada") })
	wg.Go(func() { h.join("c2", "grace") })
	wg.Go(func() { h.leave("c0") })
	u := h.user("c1")
	wg.Wait()
	n := 0
	h.conns.Range(func(_, _ any) bool { n++; return true })
	fmt.Println(u == "" || u == "ada", n)
}
