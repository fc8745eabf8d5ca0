// A log shipper flushes its spool in a background goroutine and, on shutdown, spins until
// an atomic done flag the flusher sets after its last upload; the atomic store and load
// order the flusher's writes before the final report's read of the sent-batches map.
package main

import (
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"
)

type batch struct {
	id    string
	lines int
}

type shipper struct {
	spool []batch
	sent  map[string]int
	done  atomic.Bool
}

func (s *shipper) flush() {
	for _, b := range s.spool {
		time.Sleep(300 * time.Microsecond) // the upload
		s.sent[b.id] = b.lines
	}
	s.done.Store(true)
}

func main() {
	s := &shipper{
		spool: []batch{{"b-001", 120}, {"b-002", 64}, {"b-003", 9}},
		sent:  make(map[string]int),
	}
	go s.flush()
	for !s.done.Load() {
		runtime.Gosched()
	}
	total := 0
	for _, n := range s.sent {
		total += n
	}
	os.Stdout.WriteString("shipped " + strconv.Itoa(total) + " lines\n")
}
