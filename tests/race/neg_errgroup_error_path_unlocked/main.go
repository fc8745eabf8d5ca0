// A price aggregator asks every supplier for a quote with errgroup and keeps partial results:
// quotes are stored under the mutex, and so is the error path, added later so that a failing
// supplier shows up in the response instead of failing the whole request.
package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"golang.org/x/sync/errgroup"
)

type quotes struct {
	mu     sync.Mutex
	bySupp map[string]string
}

func fetchQuote(ctx context.Context, supplier string) (int, error) {
	if supplier == "acme" {
		return 0, errors.New("acme: 503 service unavailable")
	}
	return 100 + len(supplier), ctx.Err()
}

func aggregate(ctx context.Context, suppliers []string) map[string]string {
	q := &quotes{bySupp: make(map[string]string)}
	g, ctx := errgroup.WithContext(ctx)
	var ready sync.WaitGroup
	ready.Add(len(suppliers))
	for _, s := range suppliers {
		g.Go(func() error {
			ready.Done()
			ready.Wait()
			cents, err := fetchQuote(ctx, s)
			q.mu.Lock()
			defer q.mu.Unlock()
			if err != nil {
				q.bySupp[s] = "error: " + err.Error()
				return nil
			}
			q.bySupp[s] = strconv.Itoa(cents)
			return nil
		})
	}
	g.Wait()
	return q.bySupp
}

func main() {
	res := aggregate(context.Background(), []string{"acme", "globex", "initech"})
	fmt.Println(len(res), res["globex"])
}
