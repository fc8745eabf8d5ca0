// A request-count recorder double-buffers its window: a handler takes the current window's map
// under the mutex when the request starts and increments it unlocked when the request ends,
// while the flusher has swapped the window out and is ranging over it.
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

func (r *Recorder) window() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cur
}

func (r *Recorder) Flush() string {
	r.mu.Lock()
	old := r.cur
	r.cur = map[string]int{}
	r.mu.Unlock()
	var parts []string
	for route, n := range old { // other access
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
	counts := r.window()
	reply := make(chan string)
	backend <- call{query: route, reply: reply}
	<-reply
	counts[route]++ // want "concurrent map write"
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
