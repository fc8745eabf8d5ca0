// An in-process event bus counts deliveries per event type and handler in a nested map.
// Subscribe keys handlers and makes the inner count map under reflect.TypeOf(evt).Name()
// ("OrderPlaced"), but Publish records the delivery under fmt.Sprintf("%T", evt), which is
// package-qualified ("main.OrderPlaced"), so the first delivery counts into a missing inner map.
package main

import (
	"fmt"
	"reflect"
)

type OrderPlaced struct {
	ID    string
	Total int
}

type OrderShipped struct {
	ID      string
	Carrier string
}

type handler struct {
	name string
	fn   func(any)
}

type Bus struct {
	handlers   map[string][]handler
	deliveries map[string]map[string]int
}

func NewBus() *Bus {
	return &Bus{handlers: make(map[string][]handler), deliveries: make(map[string]map[string]int)}
}

func (b *Bus) Subscribe(sample any, name string, fn func(any)) {
	key := reflect.TypeOf(sample).Name()
	b.handlers[key] = append(b.handlers[key], handler{name: name, fn: fn})
	if b.deliveries[key] == nil {
		b.deliveries[key] = make(map[string]int)
	}
}

func (b *Bus) Publish(evt any) {
	for _, h := range b.handlers[reflect.TypeOf(evt).Name()] {
		h.fn(evt)
		b.deliveries[fmt.Sprintf("%T", evt)][h.name]++ // want "nil map|inner map"
	}
}

func main() {
	bus := NewBus()
	var revenue int
	bus.Subscribe(OrderPlaced{}, "revenue", func(e any) { revenue += e.(OrderPlaced).Total })
	bus.Subscribe(OrderPlaced{}, "audit", func(e any) { fmt.Println("audit: placed", e.(OrderPlaced).ID) })
	bus.Subscribe(OrderShipped{}, "notify", func(e any) {
		s := e.(OrderShipped)
		fmt.Println("notify: shipped", s.ID, "with", s.Carrier)
	})
	bus.Publish(OrderPlaced{ID: "o-1", Total: 120})
	bus.Publish(OrderShipped{ID: "o-1", Carrier: "dhl"})
	bus.Publish(OrderPlaced{ID: "o-2", Total: 80})
	fmt.Println("revenue", revenue)
	for typ, counts := range bus.deliveries {
		fmt.Println(typ, counts)
	}
}
