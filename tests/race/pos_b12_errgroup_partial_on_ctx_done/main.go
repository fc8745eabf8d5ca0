// A price aggregator asks every vendor for a quote with errgroup.WithContext; the vendor goroutines
// store their quotes under a mutex. To answer fast, Quote does not call Wait: it returns the
// partial quotes as soon as the group's context is cancelled (a vendor failed) or the budget runs
// out, copying the map without the lock while slower vendors are still storing into it. Wait is
// left to Close.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

type Vendor struct {
	Name  string
	Delay time.Duration
	Price int
	Down  bool
}

func (v Vendor) Quote(ctx context.Context, sku string) (int, error) {
	if v.Down {
		return 0, errors.New(v.Name + ": 503 from upstream")
	}
	time.Sleep(v.Delay) // the vendor API ignores cancellation
	return v.Price + len(sku), nil
}

type Aggregator struct {
	vendors []Vendor
	budget  time.Duration
	pending []*errgroup.Group
}

func (a *Aggregator) Quote(ctx context.Context, sku string) map[string]int {
	g, gctx := errgroup.WithContext(ctx)
	var mu sync.Mutex
	quotes := make(map[string]int)
	for _, v := range a.vendors {
		g.Go(func() error {
			p, err := v.Quote(gctx, sku)
			if err != nil {
				return err
			}
			mu.Lock()
			quotes[v.Name] = p // want "concurrent map write"
			mu.Unlock()
			return nil
		})
	}
	a.pending = append(a.pending, g)
	select {
	case <-gctx.Done(): // a vendor failed: answer with what we have
	case <-time.After(a.budget):
	}
	partial := make(map[string]int)
	for name, p := range quotes { // other access
		partial[name] = p
	}
	return partial
}

// Close waits for the vendor calls Quote left running.
func (a *Aggregator) Close() {
	for _, g := range a.pending {
		_ = g.Wait()
	}
}

func main() {
	a := &Aggregator{budget: 50 * time.Millisecond, vendors: []Vendor{
		{Name: "acme", Delay: 2 * time.Millisecond, Price: 1200},
		{Name: "globex", Down: true},
		{Name: "initech", Delay: time.Millisecond, Price: 1150},
	}}
	q := a.Quote(context.Background(), "desk-lamp")
	a.Close()
	fmt.Println("quotes received before answering:", len(q) <= 2)
}
