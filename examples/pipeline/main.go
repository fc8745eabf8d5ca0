// Command pipeline fetches sizes concurrently and collects them into a map.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	name string
	size int
	err  error
}

func fetch(ctx context.Context, name string) result {
	select {
	case <-ctx.Done():
		return result{name: name, err: ctx.Err()}
	case <-time.After(time.Duration(len(name)) * time.Millisecond):
		return result{name: name, size: len(name) * 1024}
	}
}

func collect(ctx context.Context, names []string) (map[string]int, []error) {
	results := make(chan result)
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- fetch(ctx, n)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	sizes := map[string]int{}
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.name, r.err))
			continue
		}
		sizes[r.name] += r.size
	}
	return sizes, errs
}

// seen records which names were printed, shared by goroutines without a lock.
var seen sync.Map

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	sizes, errs := collect(ctx, []string{"alpha", "beta", "gamma", "delta"})
	names := make([]string, 0, len(sizes))
	for n := range sizes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, dup := seen.LoadOrStore(n, true); !dup {
			fmt.Printf("%-6s %6d\n", n, sizes[n])
		}
	}
	for _, err := range errs {
		fmt.Println("error:", err)
	}
}
