// A DNS cache is owned by one loop goroutine that answers lookups from a request channel. To keep
// the loop responsive, a miss starts a goroutine for the slow upstream query, and that goroutine
// stores the answer in the cache itself: the loop's own lookups and the other misses' stores run
// beside it.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type request struct {
	name  string
	reply chan string
}

type Resolver struct {
	reqs  chan request
	cache map[string]string
}

func upstream(name string) string {
	return "192.0.2." + strconv.Itoa(len(strings.Split(name, ".")))
}

func (r *Resolver) loop(done chan<- struct{}) {
	defer close(done)
	for req := range r.reqs {
		if addr, ok := r.cache[req.name]; ok { // other access
			req.reply <- addr
			continue
		}
		go func() {
			addr := upstream(req.name)
			r.cache[req.name] = addr // want "concurrent map write"
			req.reply <- addr
		}()
	}
}

func main() {
	r := &Resolver{reqs: make(chan request), cache: map[string]string{"localhost.": "127.0.0.1"}}
	done := make(chan struct{})
	go r.loop(done)
	names := []string{"api.example.com.", "cdn.example.net.", "localhost."}
	replies := make([]chan string, len(names))
	for i, n := range names {
		replies[i] = make(chan string, 1)
		r.reqs <- request{name: n, reply: replies[i]}
	}
	for i, n := range names {
		fmt.Println(n, <-replies[i])
	}
	close(r.reqs)
	<-done
}
