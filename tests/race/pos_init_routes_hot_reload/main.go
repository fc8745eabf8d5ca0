// A router whose route table is filled in init, which is safe, but a hot-reload goroutine adds
// routes later while request goroutines read the table.
package main

import (
	"fmt"
	"sync"
)

var routes = map[string]string{}

func init() {
	routes["/"] = "index"
	routes["/login"] = "login"
}

func reload(extra map[string]string) {
	for p, h := range extra {
		routes[p] = h // want "concurrent map write"
	}
}

func route(path string) string {
	if h, ok := routes[path]; ok { // other access
		return h
	}
	return "not_found"
}

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { reload(map[string]string{"/metrics": "metrics"}) })
	h := route("/login")
	wg.Wait()
	fmt.Println(h)
}
