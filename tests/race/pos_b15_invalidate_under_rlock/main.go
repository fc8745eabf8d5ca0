// A product cache subscribes its Invalidate method to the catalogue's change events; the event
// bus delivers every message in a goroutine of its own. Invalidate was copied from Get and takes
// only the read lock, so two change events for different products delete from the cache at once.
// The bus waits until both deliveries have started before it returns from Publish.
package main

import (
	"fmt"
	"sync"
)

type Product struct {
	SKU   string
	Price int
}

type Cache struct {
	mu    sync.RWMutex
	items map[string]Product
}

func (c *Cache) Get(sku string) (Product, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p, ok := c.items[sku]
	return p, ok
}

func (c *Cache) Put(p Product) {
	c.mu.Lock()
	c.items[p.SKU] = p
	c.mu.Unlock()
}

func (c *Cache) Invalidate(sku string) {
	c.mu.RLock()         // root cause
	delete(c.items, sku) // want "concurrent map write"
	c.mu.RUnlock()
}

type Bus struct {
	subs     map[string][]func(string)
	inflight sync.WaitGroup
}

func (b *Bus) Subscribe(topic string, fn func(string)) {
	b.subs[topic] = append(b.subs[topic], fn)
}

// Publish hands each message to every subscriber in a goroutine of its own.
func (b *Bus) Publish(topic string, msgs ...string) {
	var started sync.WaitGroup
	for _, fn := range b.subs[topic] {
		for _, m := range msgs {
			started.Add(1)
			b.inflight.Go(func() {
				started.Done()
				started.Wait()
				fn(m)
			})
		}
	}
	started.Wait()
}

func main() {
	c := &Cache{items: make(map[string]Product)}
	for _, p := range []Product{{"sku-1", 1200}, {"sku-2", 450}, {"sku-3", 9900}} {
		c.Put(p)
	}
	bus := &Bus{subs: make(map[string][]func(string))}
	bus.Subscribe("catalogue.changed", c.Invalidate)

	bus.Publish("catalogue.changed", "sku-1", "sku-3")
	bus.inflight.Wait()

	for _, sku := range []string{"sku-1", "sku-2", "sku-3"} {
		_, ok := c.Get(sku)
		fmt.Println(sku, "cached:", ok)
	}
}
