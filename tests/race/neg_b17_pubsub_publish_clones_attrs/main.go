// An in-process event bus hands every subscriber its own copy of the Event, cloning the Attrs map
// per subscriber. A geo-enrichment subscriber adds an attribute to the map it received while the
// audit subscriber reads its own copy in another goroutine.
package main

import (
	"maps"
	"os"
	"strings"
	"sync"
)

type Event struct {
	Topic string
	Attrs map[string]string
}

type Bus struct {
	mu   sync.Mutex
	subs []chan Event
}

func (b *Bus) Subscribe() <-chan Event {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Event, 8)
	b.subs = append(b.subs, ch)
	return ch
}

func (b *Bus) Publish(ev Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		copied := ev
		copied.Attrs = maps.Clone(ev.Attrs)
		ch <- copied
	}
}

func (b *Bus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		close(ch)
	}
}

func region(ip string) string {
	if strings.HasPrefix(ip, "10.") {
		return "internal"
	}
	return "eu-west"
}

func main() {
	bus := &Bus{}
	enrich := bus.Subscribe()
	audit := bus.Subscribe()

	var enricher sync.WaitGroup
	enriched := 0
	enricher.Go(func() {
		for ev := range enrich {
			ev.Attrs["region"] = region(ev.Attrs["ip"])
			enriched++
		}
	})

	bus.Publish(Event{Topic: "login", Attrs: map[string]string{"user": "ana", "ip": "192.0.2.7"}})
	ev := <-audit
	line := "audit " + ev.Topic + " user=" + ev.Attrs["user"]
	bus.Close()
	enricher.Wait()
	os.Stdout.WriteString(line + "\n")
}
