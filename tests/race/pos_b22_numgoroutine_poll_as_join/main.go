// A log shipper flushes its spool in a background goroutine and, on shutdown, waits for it
// by polling runtime.NumGoroutine until it drops back. Polling the goroutine count orders
// nothing, so the final report reads the sent-batches map the flusher writes.
package main

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

type batch struct {
	id    string
	lines int
}

type shipper struct {
	spool []batch
	sent  map[string]int
}

func (s *shipper) flush() {
	for _, b := range s.spool {
		time.Sleep(300 * time.Microsecond) // the upload
		s.sent[b.id] = b.lines             // want "concurrent map write"
	}
}

func main() {
	s := &shipper{
		spool: []batch{{"b-001", 120}, {"b-002", 64}, {"b-003", 9}},
		sent:  make(map[string]int),
	}
	base := runtime.NumGoroutine()
	go s.flush()
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		runtime.Gosched()
	}
	total := 0
	for _, n := range s.sent { // other access
		total += n
	}
	os.Stdout.WriteString("shipped " + strconv.Itoa(total) + " lines\n")
}
