// A DNS cache is owned by one loop goroutine that answers lookups from a request channel. To keep
// the loop responsive, a miss starts a goroutine for the slow upstream query, which sends the
// answer back to the loop; the loop stores it in the cache and replies, so only the loop ever
// touches the map.
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

type answer struct {
	req  request
	addr string
}

type Resolver struct {
	reqs    chan request
	answers chan answer
	cache   map[string]string
}

func upstream(name string) string {
	return "192.0.2." + strconv.Itoa(len(strings.Split(name, ".")))
}

func (r *Resolver) loop(done chan<- struct{}) {
	defer close(done)
	reqs := r.reqs
	pending := 0
	for reqs != nil || pending > 0 {
		select {
		case req, ok := <-reqs:
			if !ok {
				reqs = nil
				continue
			}
			if addr, ok := r.cache[req.name]; ok {
				req.reply <- addr
				continue
			}
			pending++
			go func() {
				r.answers <- answer{req, upstream(req.name)}
			}()
		case a := <-r.answers:
			pending--
			r.cache[a.req.name] = a.addr
			a.req.reply <- a.addr
		}
	}
}

func main() {
	r := &Resolver{reqs: make(chan request), answers: make(chan answer), cache: map[string]string{"localhost.": "127.0.0.1"}}
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
