// An event batcher allocates its item map lazily on the first Add of a batch, deciding by the
// map's length, which is 0 for the nil map Drain leaves behind, so the first Add of the next
// batch allocates again.
package main

import (
	"fmt"
	"sort"
)

type Item struct {
	ID      string
	Payload string
}

type Batch struct {
	items map[string]Item
	n     int
	max   int
}

func (b *Batch) Add(it Item) (full bool) {
	if len(b.items) == 0 {
		b.items = make(map[string]Item, b.max)
	}
	b.items[it.ID] = it
	b.n++
	return b.n >= b.max
}

func (b *Batch) Drain() []Item {
	out := make([]Item, 0, len(b.items))
	for _, it := range b.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	b.items = nil
	return out
}

type Sink interface{ Write([]Item) }

type printSink struct{}

func (printSink) Write(items []Item) { fmt.Println(len(items), "items") }

func pump(b *Batch, s Sink, events []Item) {
	for _, e := range events {
		if b.Add(e) {
			s.Write(b.Drain())
		}
	}
	s.Write(b.Drain())
}

func main() {
	events := []Item{{"e1", "a"}, {"e2", "b"}, {"e3", "c"}}
	pump(&Batch{max: 2}, printSink{}, events)
}
