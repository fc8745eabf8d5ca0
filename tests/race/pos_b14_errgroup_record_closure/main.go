// A price aggregator asks every vendor for a quote in an errgroup (at most three at a time) and
// keeps the answers through a small record closure. The closure writes the shared quotes map
// with no lock, so vendors answering together write it at the same time. The fake vendor API
// holds each call until all three are in flight, as a slow network would.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Quote struct {
	Vendor string
	Cents  int
}

type vendorAPI struct {
	inFlight sync.WaitGroup
	base     map[string]int
}

func (v *vendorAPI) quote(ctx context.Context, vendor, sku string) (Quote, error) {
	v.inFlight.Done()
	v.inFlight.Wait()
	if err := ctx.Err(); err != nil {
		return Quote{}, err
	}
	return Quote{Vendor: vendor, Cents: v.base[vendor] + len(sku)}, nil
}

func bestQuote(ctx context.Context, api *vendorAPI, vendors []string, sku string) (Quote, error) {
	quotes := make(map[string]Quote, len(vendors))
	record := func(q Quote) {
		quotes[q.Vendor] = q // want "concurrent map write"
	}

	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(3)
	for _, vendor := range vendors {
		g.Go(func() error {
			q, err := api.quote(ctx, vendor, sku)
			if err != nil {
				return fmt.Errorf("%s: %w", vendor, err)
			}
			record(q)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return Quote{}, err
	}
	names := make([]string, 0, len(quotes))
	for name := range quotes {
		names = append(names, name)
	}
	sort.Strings(names)
	best := quotes[names[0]]
	for _, name := range names[1:] {
		if quotes[name].Cents < best.Cents {
			best = quotes[name]
		}
	}
	return best, nil
}

func main() {
	vendors := []string{"acme", "globex", "initech"}
	api := &vendorAPI{base: map[string]int{"acme": 1299, "globex": 1249, "initech": 1310}}
	api.inFlight.Add(len(vendors))
	best, err := bestQuote(context.Background(), api, vendors, "SKU-42")
	fmt.Println(best, err)
}
