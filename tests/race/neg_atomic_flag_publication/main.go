// A warm-up goroutine fills the routing table and then sets an atomic flag; a request waits
// until it sees the flag and only then reads. The atomic store happens before the load that
// observes it, so the table is complete when read.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type router struct {
	ready  atomic.Bool
	routes map[string]string
}

func (r *router) warm() {
	r.routes["/"] = "index"
	r.routes["/login"] = "login"
	r.ready.Store(true)
}

func (r *router) route(path string) string {
	for !r.ready.Load() {
		runtime.Gosched()
	}
	return r.routes[path]
}

func main() {
	r := &router{routes: make(map[string]string)}
	go r.warm()
	fmt.Println(r.route("/login"))
}
