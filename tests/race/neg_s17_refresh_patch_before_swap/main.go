// A pricing service reloads its price list and then applies the manual overrides. Refresh patches
// the overrides into the fresh map before it swaps the map in under the lock: once published, the
// map is only read. The near miss of pos_b11_refresh_patch_after_swap, which patches after the
// swap.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Catalog struct {
	mu      sync.RWMutex
	version int
	prices  map[string]int
}

func (c *Catalog) Refresh(fresh, overrides map[string]int) {
	for sku, cents := range overrides {
		fresh[sku] = cents
	}
	c.mu.Lock()
	c.prices = fresh
	c.version++
	c.mu.Unlock()
}

func (c *Catalog) Version() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.version
}

func (c *Catalog) Quote(sku string, qty int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.prices[sku] * qty
}

func loadPriceList() map[string]int {
	return map[string]int{"tea-earl-grey": 650, "tea-sencha": 820, "mug-stoneware": 1400}
}

func main() {
	cat := &Catalog{version: 1, prices: map[string]int{"tea-earl-grey": 600}}

	var wg sync.WaitGroup
	wg.Add(1)
	var quote int
	go func() { // the storefront, quoting as soon as the new list is live
		defer wg.Done()
		for cat.Version() < 2 {
			time.Sleep(50 * time.Microsecond)
		}
		quote = cat.Quote("tea-sencha", 3)
	}()
	cat.Refresh(loadPriceList(), map[string]int{"tea-sencha": 790, "mug-stoneware": 1250})
	wg.Wait()
	fmt.Println("quote", quote)
}
