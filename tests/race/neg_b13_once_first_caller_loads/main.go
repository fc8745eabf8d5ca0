// A pricing service loads its catalog lazily through a sync.Once: the first caller fills
// the price map, and a second caller arriving while the first is still fetching waits in Do
// until the load is done before reading. The fake backend reports each fetch, so the test
// sends the second call during the first load.
package main

import (
	"fmt"
	"sync"
)

type backend struct {
	fetching chan struct{}
}

func (b *backend) FetchCatalog() map[string]int {
	b.fetching <- struct{}{}
	return map[string]int{"sku-1": 1299, "sku-2": 450, "sku-3": 9900}
}

type Catalog struct {
	once   sync.Once
	src    *backend
	prices map[string]int
}

func (c *Catalog) ensureLoaded() {
	c.once.Do(func() {
		for sku, p := range c.src.FetchCatalog() {
			c.prices[sku] = p
		}
	})
}

func (c *Catalog) Price(sku string) (int, bool) {
	c.ensureLoaded()
	p, ok := c.prices[sku]
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
