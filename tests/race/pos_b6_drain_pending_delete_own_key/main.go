// An outbox relay drains its pending messages at shutdown: it starts one goroutine per
// pending message, and each goroutine delivers its message and deletes its own id from the
// pending map. Different keys are not different maps; the deletes of two goroutines race.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type message struct {
	topic, body string
}

type relay struct {
	pending   map[string]message
	delivered []string
	mu        sync.Mutex // guards delivered
}

func (r *relay) deliver(id string, m message) {
	r.mu.Lock()
	r.delivered = append(r.delivered, id+"@"+m.topic)
	r.mu.Unlock()
}

func (r *relay) drain() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for id, m := range r.pending {
		wg.Go(func() {
			<-start
			r.deliver(id, m)
			delete(r.pending, id) // want "concurrent map write"
		})
	}
	close(start)
	wg.Wait()
}

func main() {
	r := &relay{pending: map[string]message{
		"m-1": {"orders", `{"id":1}`},
		"m-2": {"orders", `{"id":2}`},
		"m-3": {"refunds", `{"id":7}`},
	}}
	r.drain()
	sort.Strings(r.delivered)
	fmt.Println(strings.Join(r.delivered, " "), "left:", len(r.pending))
}
