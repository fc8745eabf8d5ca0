// Reduced from docker compose (v5.6.0), pkg/compose/dependencies.go:129, where mapscope check
// reported `t.ignored[k] = struct{}{}` as written by the calling goroutine and by the errgroup
// goroutine stopApplication starts (up.go:324). The write is in the closure the
// WithRootNodesAndDown option stores in the traversal's extremityNodesFn; the closure makes the
// map on the traversal it was given just before filling it, and each InDependencyOrder call
// builds its own traversal, so a `down` in one goroutine and a `stop` in another never share a
// map. A near miss: a map a closure makes on the per-call object it captured and fills through
// that object's field, the closure called through a function field of the object, from two
// goroutines. Our own rewrite.
package main

import (
	"context"
	"fmt"
	"slices"

	"golang.org/x/sync/errgroup"
)

type Graph struct{ Vertices map[string][]string }

func (g *Graph) Roots() []string {
	var roots []string
	for name, deps := range g.Vertices {
		if len(deps) == 0 {
			roots = append(roots, name)
		}
	}
	slices.Sort(roots)
	return roots
}

type graphTraversal struct {
	ignored          map[string]struct{}
	extremityNodesFn func(*Graph) []string
	visitorFn        func(context.Context, string) error
}

func WithRootNodesAndDown(nodes []string) func(*graphTraversal) {
	return func(t *graphTraversal) {
		if len(nodes) == 0 {
			return
		}
		originalFn := t.extremityNodesFn
		t.extremityNodesFn = func(graph *Graph) []string {
			t.ignored = map[string]struct{}{}
			for k := range graph.Vertices {
				if !slices.Contains(nodes, k) {
					t.ignored[k] = struct{}{}
				}
			}
			return originalFn(graph)
		}
	}
}

func InDependencyOrder(ctx context.Context, g *Graph, fn func(context.Context, string) error, options ...func(*graphTraversal)) error {
	t := &graphTraversal{extremityNodesFn: (*Graph).Roots, visitorFn: fn}
	for _, option := range options {
		option(t)
	}
	return t.visit(ctx, g)
}

func (t *graphTraversal) visit(ctx context.Context, g *Graph) error {
	for _, node := range t.extremityNodesFn(g) {
		if _, skip := t.ignored[node]; skip {
			continue
		}
		if err := t.visitorFn(ctx, node); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	g := &Graph{Vertices: map[string][]string{"db": nil, "cache": nil, "web": {"db", "cache"}}}
	ctx := context.Background()
	noop := func(context.Context, string) error { return nil }
	var eg errgroup.Group
	eg.Go(func() error {
		// stop: every service.
		return InDependencyOrder(ctx, g, noop)
	})
	// down: only the services asked for.
	err := InDependencyOrder(ctx, g, noop, WithRootNodesAndDown([]string{"db"}))
	fmt.Println(err, eg.Wait())
}
