// A warm-up goroutine sets its "ready" flag before it has finished filling the routing table:
// a request that sees the flag reads the table while the last route is still being added.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type router struct {
	ready  atomic.Bool
	routes map[string]string
	wg     sync.WaitGroup
}

func (r *router) warm() {
	defer r.wg.Done()
	r.routes["/"] = "index"
	r.ready.Store(true)
	r.routes["/login"] = "login" // want "concurrent map write"
}

func (r *router) route(path string) string {
	for !r.ready.Load() {
		runtime.Gosched()
	}
	return r.routes[path] // other access
}

func main() {
	r := &router{routes: make(map[string]string)}
	r.wg.Add(1)
	go r.warm()
	h := r.route("/")
	r.wg.Wait()
	fmt.Println(h)
}
