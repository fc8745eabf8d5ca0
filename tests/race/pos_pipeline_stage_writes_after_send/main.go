// An ingest pipeline passes each record, a map of fields, from a parse stage to an enrich stage
// over a channel. The parse stage stamps the record once more after sending it, so it writes
// the map that the enrich stage now owns.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type record map[string]string

func parse(lines []string, out chan<- record, sent *sync.WaitGroup) {
	defer close(out)
	for _, l := range lines {
		user, action, _ := strings.Cut(l, " ")
		rec := record{"user": user, "action": action}
		out <- rec
		sent.Wait()
		rec["parsed_by"] = "parser-1" // want "concurrent map write"
	}
}

func enrich(in <-chan record, sent *sync.WaitGroup, done chan<- int) {
	n := 0
	for rec := range in {
		sent.Done()
		rec["region"] = "eu-west-1" // other access
		n++
	}
	done <- n
}

func main() {
	lines := []string{"ada login"}
	ch := make(chan record)
	done := make(chan int)
	var sent sync.WaitGroup
	sent.Add(len(lines))
	go parse(lines, ch, &sent)
	go enrich(ch, &sent, done)
	fmt.Println(<-done)
}
