// A product page handler carries per-request backend timings in the request context, a map
// behind a mutex. It fetches inventory and pricing in errgroup goroutines while fetching
// reviews itself, and every fetch records its timing under the mutex.
package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

type timingsKey struct{}

type Timings struct {
	mu sync.Mutex
	m  map[string]time.Duration
}

func record(ctx context.Context, backend string, d time.Duration) {
	timings := ctx.Value(timingsKey{}).(*Timings)
	timings.mu.Lock()
	timings.m[backend] = d
	timings.mu.Unlock()
}

func fetch(ctx context.Context, backend string) string {
	start := time.Now()
	body := backend + ":ok"
	record(ctx, backend, time.Since(start))
	return body
}

func productPage(w http.ResponseWriter, r *http.Request) {
	timings := &Timings{m: make(map[string]time.Duration)}
	ctx := context.WithValue(r.Context(), timingsKey{}, timings)
	g, gctx := errgroup.WithContext(ctx)
	var inventory, pricing string
	g.Go(func() error { inventory = fetch(gctx, "inventory"); return nil })
	g.Go(func() error { pricing = fetch(gctx, "pricing"); return nil })
	reviews := fetch(ctx, "reviews")
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	names := make([]string, 0, len(timings.m))
	for name := range timings.m {
		names = append(names, name)
	}
	sort.Strings(names)
	w.Header().Set("Server-Timing", strings.Join(names, ", "))
	w.Write([]byte(strings.Join([]string{inventory, pricing, reviews}, "\n")))
}

func main() {
	rec := httptest.NewRecorder()
	productPage(rec, httptest.NewRequest(http.MethodGet, "/products/42", nil))
	if rec.Code != http.StatusOK {
		os.Exit(1)
	}
	os.Stdout.WriteString(rec.Header().Get("Server-Timing") + "\n")
}
