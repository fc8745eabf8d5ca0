// A router whose route table is written only in init functions, which run before main and so
// before every goroutine; the request goroutines only read it.
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

func init() {
	routes["/metrics"] = "metrics"
}

func route(path string) string {
	if h, ok := routes[path]; ok {
		return h
	}
	return "not_found"
}

func main() {
	paths := []string{"/", "/login", "/metrics", "/nope"}
	handlers := make([]string, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Go(func() { handlers[i] = route(p) })
	}
	wg.Wait()
	fmt.Println(handlers)
}
