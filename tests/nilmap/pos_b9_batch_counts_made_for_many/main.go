// An ingest endpoint tallies the event types of each batch it receives. To skip the allocation
// for the common single-event batch it only makes the tally when the batch has more than one
// event, but the tally loop runs for a single event too.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Type    string
	Payload string
}

func tally(batch []Event) map[string]int {
	var counts map[string]int
	if len(batch) > 1 {
		counts = make(map[string]int, len(batch))
	}
	for _, ev := range batch {
		counts[ev.Type]++ // want "nil map"
	}
	return counts
}

func summary(counts map[string]int) string {
	types := make([]string, 0, len(counts))
	for t, n := range counts {
		types = append(types, fmt.Sprintf("%s=%d", t, n))
	}
	sort.Strings(types)
	return strings.Join(types, " ")
}

func main() {
	batches := [][]Event{
		{{"click", "{}"}, {"view", "{}"}, {"click", "{}"}},
		{},
		{{"purchase", `{"sku":"A1"}`}},
	}
	for i, b := range batches {
		fmt.Printf("batch %d: %s\n", i, summary(tally(b)))
	}
}
