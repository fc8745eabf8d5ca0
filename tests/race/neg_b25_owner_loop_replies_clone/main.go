// A feature-flag service keeps its flags in an owner goroutine that serves set and snapshot
// requests from one channel. The snapshot reply is a clone of the owner's map, so the admin
// page rendering the flags as they were before a change ranges over a map no one writes.
package main

import (
	"fmt"
	"maps"
	"os"
	"sort"
	"strings"
)

type request struct {
	key, value string
	snapshot   chan map[string]string
}

type flags struct {
	requests chan request
	done     chan struct{}
}

func startFlags(initial map[string]string) *flags {
	f := &flags{requests: make(chan request), done: make(chan struct{})}
	go func() {
		defer close(f.done)
		state := initial
		for req := range f.requests {
			if req.snapshot != nil {
				req.snapshot <- maps.Clone(state)
				continue
			}
			state[req.key] = req.value
		}
	}()
	return f
}

func (f *flags) snapshot() map[string]string {
	reply := make(chan map[string]string, 1)
	f.requests <- request{snapshot: reply}
	return <-reply
}

func render(state map[string]string) string {
	var lines []string
	for k, v := range state {
		lines = append(lines, k+"="+v)
	}
	sort.Strings(lines)
	return strings.Join(lines, ",")
}

func main() {
	f := startFlags(map[string]string{"search.v2": "off", "billing.export": "on"})
	before := f.snapshot()
	f.requests <- request{key: "search.v2", value: "on"}
	diff := "before: " + render(before)
	close(f.requests)
	<-f.done
	fmt.Fprintln(os.Stdout, diff)
}
