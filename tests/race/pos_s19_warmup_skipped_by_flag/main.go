// A pricing service with a hand-rolled once: the first caller to flip the loaded flag with
// CompareAndSwap fills the price map, the others skip the load without waiting for it. main
// warms the catalog before serving only when -warm is given (off by default), so without it a
// request arriving during the first request's fetch reads the map the loader is filling.
package main

import (
	"flag"
	"fmt"
	"sync"
	"sync/atomic"
)

type backend struct {
	fetching chan struct{} // one token per fetch, so a test can follow the load
}

func (b *backend) FetchCatalog() map[string]int {
	b.fetching <- struct{}{}
	return map[string]int{"sku-1": 1299, "sku-2": 450, "sku-3": 9900}
}

type Catalog struct {
	loaded atomic.Bool
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
	warm := flag.Bool("warm", false, "load the catalog before serving")
	flag.Parse()
	src := &backend{fetching: make(chan struct{}, 1)}
	c := &Catalog{src: src, prices: make(map[string]int)}
	if *warm {
		c.ensureLoaded()
		<-src.fetching
	}
	var first sync.WaitGroup
	var firstPrice int
	first.Go(func() {
		firstPrice, _ = c.Price("sku-1")
	})
	if !*warm {
		<-src.fetching
	}
	p, ok := c.Price("sku-2")
	first.Wait()
	fmt.Println(firstPrice, p, ok)
}
