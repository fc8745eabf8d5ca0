// An ingest service runs its sinks through a plugin host that calls Init on every sink that has
// one (an optional interface, checked with a type assertion). Every sink is wrapped in timedSink
// for metrics, and the wrapper forwards Init to the wrapped sink when it has one, so the dedup
// sink's seen map is made before the first Write.
package main

import (
	"fmt"
	"time"
)

type Sink interface {
	Write(event string) error
}

// initializer is the optional interface of sinks that need set-up.
type initializer interface{ Init() error }

type dedupSink struct {
	seen    map[string]time.Time
	written int
}

func (d *dedupSink) Init() error {
	d.seen = make(map[string]time.Time)
	return nil
}

func (d *dedupSink) Write(event string) error {
	if _, dup := d.seen[event]; !dup {
		d.seen[event] = time.Now()
		d.written++
	}
	return nil
}

type timedSink struct {
	Sink
	name  string
	total time.Duration
}

func (t *timedSink) Write(event string) error {
	start := time.Now()
	err := t.Sink.Write(event)
	t.total += time.Since(start)
	return err
}

func (t *timedSink) Init() error {
	if in, ok := t.Sink.(initializer); ok {
		return in.Init()
	}
	return nil
}

type host struct{ sinks []Sink }

func (h *host) add(name string, s Sink) error {
	wrapped := &timedSink{Sink: s, name: name}
	if in, ok := Sink(wrapped).(initializer); ok && in.Init() != nil {
		return fmt.Errorf("init %s failed", name)
	}
	h.sinks = append(h.sinks, wrapped)
	return nil
}

func main() {
	h, dd := &host{}, &dedupSink{}
	if err := h.add("dedup", dd); err != nil {
		panic(err)
	}
	for _, ev := range []string{"login:42", "login:42", "logout:42"} {
		for _, s := range h.sinks {
			s.Write(ev)
		}
	}
	fmt.Println("written:", dd.written)
}
