// An in-process event bus delivers each published event to every subscriber's channel by
// value. Each subscriber runs in its own goroutine and stamps the event with its name before
// handling it. Copying the Event struct does not copy its Attrs map, so Publish clones the map
// for each subscriber.
package main

import (
	"fmt"
	"maps"
	"sync"
)

type Event struct {
	Topic string
	Attrs map[string]string
}

type Bus struct {
	subs []chan Event
	wg   sync.WaitGroup
}

func (b *Bus) Subscribe(name string, handled *int) {
	ch := make(chan Event, 4)
	b.subs = append(b.subs, ch)
	b.wg.Go(func() {
		for ev := range ch {
			ev.Attrs["handled_by"] = name
			if ev.Topic == "order.created" {
				*handled++
			}
		}
	})
}

func (b *Bus) Publish(ev Event) {
	for _, ch := range b.subs {
		own := ev
		own.Attrs = maps.Clone(ev.Attrs)
		ch <- own
	}
}

func (b *Bus) Close() {
	for _, ch := range b.subs {
		close(ch)
	}
	b.wg.Wait()
}

func main() {
	var bus Bus
	var billing, shipping int
	bus.Subscribe("billing", &billing)
	bus.Subscribe("shipping", &shipping)
	bus.Publish(Event{Topic: "order.created", Attrs: map[string]string{"order": "o-991"}})
	bus.Close()
	fmt.Println("billing:", billing, "shipping:", shipping)
}
