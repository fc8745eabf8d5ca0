// A dashboard queries every shard through an errgroup and, to answer fast, stops waiting at
// the first failure; it ranges over the partial counts under the mutex the shards store
// them under, so a slower shard's store comes before or after the report, never during.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func queryShard(ctx context.Context, shard string) (int, error) {
	if shard == "eu-2" {
		return 0, errors.New("eu-2: connection refused")
	}
	time.Sleep(2 * time.Millisecond)
	return len(shard) * 100, nil
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var mu sync.Mutex
	counts := make(map[string]int)
	for _, shard := range []string{"us-1", "eu-2", "ap-3"} {
		g.Go(func() error {
			n, err := queryShard(ctx, shard)
			if err != nil {
				return err
			}
			mu.Lock()
			counts[shard] = n
			mu.Unlock()
			return nil
		})
	}

	<-ctx.Done()
	mu.Lock()
	var shards []string
	for s, n := range counts {
		shards = append(shards, fmt.Sprintf("%s=%d", s, n))
	}
	mu.Unlock()
	sort.Strings(shards)
	err := g.Wait()
	fmt.Fprintln(os.Stdout, "partial:", shards, "error:", err)
}
