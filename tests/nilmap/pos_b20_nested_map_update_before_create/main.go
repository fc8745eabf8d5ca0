// An inventory projector folds warehouse events from a channel into stock[warehouse][sku];
// only a Created event makes a warehouse's inner map, and an Adjusted event that arrives
// before the warehouse's Created writes into the missing inner map.
package main

import (
	"fmt"
	"sort"
)

type Event interface{ warehouse() string }

type Created struct{ Warehouse string }

type Adjusted struct {
	Warehouse, SKU string
	Delta          int
}

type Closed struct{ Warehouse string }

func (e Created) warehouse() string  { return e.Warehouse }
func (e Adjusted) warehouse() string { return e.Warehouse }
func (e Closed) warehouse() string   { return e.Warehouse }

type Projector struct {
	stock map[string]map[string]int
}

func (p *Projector) Apply(ev Event) {
	switch e := ev.(type) {
	case Created:
		p.stock[e.Warehouse] = map[string]int{}
	case Adjusted:
		p.stock[e.Warehouse][e.SKU] += e.Delta // want "nil map|inner map"
	case Closed:
		delete(p.stock, e.Warehouse)
	}
}

func (p *Projector) Report() {
	names := make([]string, 0, len(p.stock))
	for w := range p.stock {
		names = append(names, w)
	}
	sort.Strings(names)
	for _, w := range names {
		fmt.Println(w, p.stock[w])
	}
}

func main() {
	events := make(chan Event, 8)
	events <- Created{Warehouse: "ams"}
	events <- Adjusted{Warehouse: "ams", SKU: "kb-01", Delta: 40}
	events <- Adjusted{Warehouse: "fra", SKU: "kb-01", Delta: 12}
	events <- Created{Warehouse: "fra"}
	events <- Adjusted{Warehouse: "ams", SKU: "kb-01", Delta: -3}
	close(events)

	p := &Projector{stock: map[string]map[string]int{}}
loop:
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				break loop
			}
			p.Apply(ev)
		}
	}
	p.Report()
}
