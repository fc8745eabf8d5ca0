// An in-process event bus hands the same Event value to every subscriber; the struct is copied
// but its Attrs map is shared. The geo-enrichment subscriber clones the map before adding its
// attribute, so the audit subscriber reads a map nobody writes.
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
		ch <- ev
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
			attrs := maps.Clone(ev.Attrs)
			attrs["region"] = region(attrs["ip"])
			ev.Attrs = attrs
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
