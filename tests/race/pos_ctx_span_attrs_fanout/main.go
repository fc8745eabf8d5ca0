// A search endpoint fans out to its backends with errgroup and records each backend's result
// as an attribute of the request's tracing span, which it fetches from the context. Every
// goroutine gets the request's span from its context, so they all set attributes in the one
// span's map at once.
package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Span struct {
	Name     string
	attrs    map[string]string
	children []*Span
}

func (s *Span) Set(key, value string) {
	s.attrs[key] = value // want "concurrent map write"
}

func (s *Span) Child(name string) *Span {
	c := &Span{Name: name, attrs: map[string]string{}}
	s.children = append(s.children, c)
	return c
}

type spanKey struct{}

func WithSpan(ctx context.Context, s *Span) context.Context {
	return context.WithValue(ctx, spanKey{}, s)
}

func SpanFrom(ctx context.Context) *Span { return ctx.Value(spanKey{}).(*Span) }

func search(ctx context.Context, q string, backends map[string]func(string) int) error {
	names := make([]string, 0, len(backends))
	for name := range backends {
		names = append(names, name)
	}
	sort.Strings(names)
	var ready sync.WaitGroup
	ready.Add(len(names))
	g, ctx := errgroup.WithContext(ctx)
	for _, name := range names {
		g.Go(func() error {
			ready.Done()
			ready.Wait()
			hits := backends[name](q)
			SpanFrom(ctx).Set("hits."+name, strconv.Itoa(hits))
			return nil
		})
	}
	return g.Wait()
}

func main() {
	root := &Span{Name: "GET /search", attrs: map[string]string{}}
	backends := map[string]func(string) int{
		"docs":   func(q string) int { return len(q) },
		"people": func(q string) int { return 2 * len(q) },
	}
	err := search(WithSpan(context.Background(), root), "golang", backends)
	fmt.Println(err, len(root.attrs), len(root.children))
}
