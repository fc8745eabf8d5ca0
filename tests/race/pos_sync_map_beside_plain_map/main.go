// A WebSocket hub keeps connections in a sync.Map, which is safe, but also counts connections
// per user in a plain map next to it, which the same goroutines write without a lock.
package main

import (
	"fmt"
	"sync"
)

type conn struct{ user string }

type hub struct {
	conns   sync.Map // connection ID -> *conn
	perUser map[string]int
}

func (h *hub) join(id, user string) {
	h.conns.Store(id, &conn{user: user})
	h.perUser[user]++ // want "concurrent map write"
}

func main() {
	h := &hub{perUser: make(map[string]int)}
	var wg sync.WaitGroup
	wg.Go(func() { h.join("c1", "ada") })
	wg.Go(func() { h.join("c2", "grace") })
	wg.Wait()
	fmt.Println(len(h.perUser))
}
