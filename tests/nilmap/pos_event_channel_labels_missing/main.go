// An in-process event bus delivers events by value over a buffered channel. Events published
// by emit carry a labels map, but the heartbeat publisher sends a bare event literal, and the
// consumer stamps every event it receives with the consumer's name.
package main

import (
	"fmt"
	"sort"
)

type event struct {
	kind   string
	labels map[string]string
}

type bus struct {
	events chan event
	seen   []event
}

func (b *bus) emit(kind, source string) {
	b.events <- event{kind: kind, labels: map[string]string{"source": source}}
}

func (b *bus) heartbeat() {
	b.events <- event{kind: "heartbeat"}
}

func (b *bus) consume(consumer string) {
	for len(b.events) > 0 {
		ev := <-b.events
		ev.labels["consumer"] = consumer // want "nil map"
		b.seen = append(b.seen, ev)
	}
}

func main() {
	b := &bus{events: make(chan event, 8)}
	b.emit("deploy", "ci")
	b.heartbeat()
	b.consume("audit")
	for _, ev := range b.seen {
		keys := make([]string, 0, len(ev.labels))
		for k := range ev.labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(ev.kind, keys)
	}
}
