// A price aggregator asks its vendors through an errgroup whose context the first failure
// cancels; the caller still waits for the whole group after ctx.Done fires, so it ranges the
// quotes only after every vendor stored its own under the mutex.
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
	a.quotes[vendor] = price
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
	err := g.Wait()
	best, bestPrice := "", 0
	for v, p := range a.quotes {
		if best == "" || p < bestPrice {
			best, bestPrice = v, p
		}
	}
	msg := "partial: best=" + best + " price=" + strconv.Itoa(bestPrice)
	if err != nil {
		msg += " (" + err.Error() + ")"
	}
	os.Stdout.WriteString(msg + "\n")
}
