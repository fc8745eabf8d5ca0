// A price aggregator asks its vendors through an errgroup whose context the first failure
// cancels; the caller stops waiting as soon as ctx.Done fires and ranges the quotes gathered
// so far, while the vendors that did not fail are still storing theirs under the mutex.
package main

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Aggregator struct {
	mu     sync.Mutex
	quotes map[string]int
}

func (a *Aggregator) ask(ctx context.Context, vendor string) error {
	if strings.HasPrefix(vendor, "legacy-") {
		return errors.New(vendor + ": unsupported api version")
	}
	price := 0
	for _, c := range vendor {
		price += int(c) % 17
	}
	a.mu.Lock()
	a.quotes[vendor] = price // want "concurrent map write"
	a.mu.Unlock()
	return nil
}

func main() {
	vendors := []string{"acme", "legacy-globex", "initech", "umbrella"}
	a := &Aggregator{quotes: map[string]int{}}
	g, ctx := errgroup.WithContext(context.Background())
	for _, v := range vendors {
		g.Go(func() error { return a.ask(ctx, v) })
	}
	<-ctx.Done()
	best, bestPrice := "", 0
	for v, p := range a.quotes { // other access
		if best == "" || p < bestPrice {
			best, bestPrice = v, p
		}
	}
	err := g.Wait()
	msg := "partial: best=" + best + " price=" + strconv.Itoa(bestPrice)
	if err != nil {
		msg += " (" + err.Error() + ")"
	}
	os.Stdout.WriteString(msg + "\n")
}
