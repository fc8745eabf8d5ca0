// A pricing service loads its catalog with a hand-rolled once (the first caller to flip the
// loaded flag with CompareAndSwap fills the price map, the others skip the load). The
// hand-rolled once does not make late callers wait, but main warms the catalog before it
// starts serving, so the load is over before any request goroutine exists.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type backend struct {
	fetches atomic.Int32
}

func (b *backend) FetchCatalog() map[string]int {
	b.fetches.Add(1)
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
		c.prices[sku] = p
	}
}

func (c *Catalog) Price(sku string) (int, bool) {
	c.ensureLoaded()
	p, ok := c.prices[sku]
	return p, ok
}

func main() {
	src := &backend{}
	c := &Catalog{src: src, prices: make(map[string]int)}
	c.ensureLoaded()

	var requests sync.WaitGroup
	prices := make([]int, 2)
	for i, sku := range []string{"sku-1", "sku-2"} {
		requests.Go(func() {
			prices[i], _ = c.Price(sku)
		})
	}
	requests.Wait()
	fmt.Println(prices, src.fetches.Load(), "fetch")
}
