// A request-count recorder double-buffers its window: a handler increments the window that is
// current when the request ends, under the mutex the flusher swaps it under, so the flusher
// ranges over a window nobody writes any more.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Recorder struct {
	mu  sync.Mutex
	cur map[string]int
}

func (r *Recorder) Flush() string {
	r.mu.Lock()
	old := r.cur
	r.cur = map[string]int{}
	r.mu.Unlock()
	var parts []string
	for route, n := range old {
		parts = append(parts, route+"="+strconv.Itoa(n))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

type call struct {
	query string
	reply chan string
}

func handle(r *Recorder, route string, backend chan<- call, done chan<- struct{}) {
	defer close(done)
	reply := make(chan string)
	backend <- call{query: route, reply: reply}
	<-reply
	r.mu.Lock()
	r.cur[route]++
	r.mu.Unlock()
}

func main() {
	r := &Recorder{cur: map[string]int{"/health": 3}}
	backend := make(chan call)
	done := make(chan struct{})
	go handle(r, "/orders", backend, done)
	c := <-backend
	c.reply <- "rows for " + c.query
	report := r.Flush()
	<-done
	os.Stdout.WriteString(report + "\n")
}
