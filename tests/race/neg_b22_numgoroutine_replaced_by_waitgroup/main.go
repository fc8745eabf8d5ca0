// A log shipper flushes its spool in a background goroutine and, on shutdown, waits for it
// with a WaitGroup, so the final report reads the sent-batches map only after the flusher
// has written it.
package main

import (
	"os"
	"strconv"
	"sync"
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
		s.sent[b.id] = b.lines
	}
}

func main() {
	s := &shipper{
		spool: []batch{{"b-001", 120}, {"b-002", 64}, {"b-003", 9}},
		sent:  make(map[string]int),
	}
	var wg sync.WaitGroup
	wg.Go(s.flush)
	wg.Wait()
	total := 0
	for _, n := range s.sent {
		total += n
	}
	os.Stdout.WriteString("shipped " + strconv.Itoa(total) + " lines\n")
}
