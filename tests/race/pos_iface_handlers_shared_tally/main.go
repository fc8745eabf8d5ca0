// An event bus delivers each event to every subscriber through an interface, one goroutine per
// subscriber. Two subscribers share one tally whose counts map has no lock, so the deliveries
// write it concurrently.
package main

import (
	"fmt"
	"sync"
)

type event struct{ kind, source string }

type handler interface {
	handle(ev event)
}

type tally struct {
	counts  map[string]int
	arrived sync.WaitGroup
}

type kindCounter struct {
	prefix string
	t      *tally
}

func (k *kindCounter) handle(ev event) {
	k.t.arrived.Done()
	k.t.arrived.Wait()
	k.t.counts[k.prefix+ev.kind]++ // want "concurrent map write"
}

type bus struct {
	subs []handler
}

func (b *bus) publish(ev event) {
	var wg sync.WaitGroup
	for _, h := range b.subs {
		wg.Add(1)
		go func(h handler) {
			defer wg.Done()
			h.handle(ev)
		}(h)
	}
	wg.Wait()
}

func main() {
	t := &tally{counts: make(map[string]int)}
	t.arrived.Add(2)
	b := &bus{subs: []handler{&kindCounter{"audit.", t}, &kindCounter{"metrics.", t}}}
	b.publish(event{kind: "login", source: "web"})
	fmt.Println(len(t.counts))
}
