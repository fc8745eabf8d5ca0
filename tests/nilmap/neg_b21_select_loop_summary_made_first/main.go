// An audit consumer makes its summary map before its select loop starts. A partition whose
// shutdown is signalled before any event arrives leaves the loop through its label with an
// empty summary, and counting the shutdown adds to it.
package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Kind string
	User string
}

type Consumer struct {
	partition string
	events    <-chan Event
	done      <-chan struct{}
	summary   map[string]int
}

func (c *Consumer) Run() map[string]int {
	c.summary = make(map[string]int)
loop:
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				break loop
			}
			if c.summary == nil {
				c.summary = make(map[string]int)
			}
			c.summary[ev.Kind]++
		case <-c.done:
			break loop
		}
	}
	c.summary["stopped"]++
	return c.summary
}

func main() {
	busy := make(chan Event, 3)
	busy <- Event{Kind: "login", User: "alice"}
	busy <- Event{Kind: "login", User: "bob"}
	busy <- Event{Kind: "delete", User: "alice"}
	close(busy)

	idle := make(chan Event)
	shutdown := make(chan struct{})
	close(shutdown)

	consumers := []*Consumer{
		{partition: "p0", events: busy, done: make(chan struct{})},
		{partition: "p1", events: idle, done: shutdown},
	}
	for _, c := range consumers {
		summary := c.Run()
		kinds := make([]string, 0, len(summary))
		for k, n := range summary {
			kinds = append(kinds, fmt.Sprintf("%s=%d", k, n))
		}
		sort.Strings(kinds)
		fmt.Println(c.partition, kinds)
	}
}
