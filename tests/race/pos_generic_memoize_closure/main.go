// A pricing service converts order totals with an FX-rate lookup memoized by a generic
// Memoize helper, which keeps results in a map captured by the func it returns. The helper
// came from a single-threaded CLI; the service calls the memoized func from each errgroup
// worker, and two workers converting at once write its map together.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/errgroup"
)

func Memoize[K comparable, V any](f func(K) V) func(K) V {
	cache := make(map[K]V)
	return func(k K) V {
		if v, ok := cache[k]; ok { // other access
			return v
		}
		v := f(k)
		cache[k] = v // want "concurrent map write"
		return v
	}
}

type pair struct{ from, to string }

type order struct {
	id       string
	cents    int64
	currency string
}

func fxRate(p pair) float64 {
	rates := map[pair]float64{{"EUR", "USD"}: 1.08, {"GBP", "USD"}: 1.27}
	return rates[p]
}

func main() {
	rate := Memoize(fxRate)
	orders := []order{{"o-1", 1999, "EUR"}, {"o-2", 4500, "GBP"}}
	usd := make([]int64, len(orders))
	var ready sync.WaitGroup
	ready.Add(len(orders))
	var g errgroup.Group
	for i, o := range orders {
		g.Go(func() error {
			ready.Done()
			ready.Wait()
			usd[i] = int64(float64(o.cents) * rate(pair{o.currency, "USD"}))
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(usd)
}
