// A pricing service loads its catalog lazily: the first caller to flip the loaded flag with
// CompareAndSwap fills the price map, and everybody else skips the load. The hand-rolled
// once forgets that the others must wait for the load to finish: a second caller arriving
// while the first is still fetching reads the map the loader is about to fill. The fake
// backend reports each fetch, so the test sends the second call during the first load.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type backend struct {
	fetching chan struct{}
}

func (b *backend) FetchCatalog() map[string]int {
	b.fetching <- struct{}{}
	return map[string]int{"sku-1": 1299, "sku-2": 450, "sku-3": 9900}
}

type Catalog struct {
	loaded atomic.Bool // set by the caller that does the load
	src    *backend
	prices map[string]int
}

func (c *Catalog) ensureLoaded() {
	if !c.loaded.CompareAndSwap(false, true) {
		return
	}
	for sku, p := range c.src.FetchCatalog() {
		c.prices[sku] = p // want "concurrent map write"
	}
}

func (c *Catalog) Price(sku string) (int, bool) {
	c.ensureLoaded()
	p, ok := c.prices[sku] // other access
	return p, ok
}

func main() {
	src := &backend{fetching: make(chan struct{})}
	c := &Catalog{src: src, prices: make(map[string]int)}
	var first sync.WaitGroup
	var firstPrice int
	first.Go(func() {
		firstPrice, _ = c.Price("sku-1")
	})

	<-src.fetching
	p, ok := c.Price("sku-2")
	first.Wait()
	fmt.Println(firstPrice, p, ok)
}
