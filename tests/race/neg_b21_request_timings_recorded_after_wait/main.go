// A product page handler reports per-request backend timings. It fetches inventory and
// pricing in errgroup goroutines while fetching reviews itself; every fetch returns its
// timing, and the handler records all three into its map after the group is waited for.
package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

type timed struct {
	body string
	took time.Duration
}

func fetch(ctx context.Context, backend string) timed {
	start := time.Now()
	body := backend + ":ok"
	return timed{body: body, took: time.Since(start)}
}

func productPage(w http.ResponseWriter, r *http.Request) {
	timings := make(map[string]time.Duration)
	ctx := r.Context()
	g, gctx := errgroup.WithContext(ctx)
	var inventory, pricing timed
	g.Go(func() error { inventory = fetch(gctx, "inventory"); return nil })
	g.Go(func() error { pricing = fetch(gctx, "pricing"); return nil })
	reviews := fetch(ctx, "reviews")
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	timings["inventory"], timings["pricing"], timings["reviews"] = inventory.took, pricing.took, reviews.took
	names := make([]string, 0, len(timings))
	for name := range timings {
		names = append(names, name)
	}
	sort.Strings(names)
	w.Header().Set("Server-Timing", strings.Join(names, ", "))
	w.Write([]byte(strings.Join([]string{inventory.body, pricing.body, reviews.body}, "\n")))
}

func main() {
	rec := httptest.NewRecorder()
	productPage(rec, httptest.NewRequest(http.MethodGet, "/products/42", nil))
	if rec.Code != http.StatusOK {
		os.Exit(1)
	}
	os.Stdout.WriteString(rec.Header().Get("Server-Timing") + "\n")
}
