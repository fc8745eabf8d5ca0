// An API gateway wraps each request's context in a lazy context whose Value resolves expensive
// values (the caller's account, its plan) on first use and memoizes them in a plain map. A
// context is meant to be safe for concurrent use, and the handler hands this one to an errgroup
// fan-out, so Value holds the context's mutex while it looks up and fills the memo.
package main

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type ctxKey string

type lazyContext struct {
	context.Context
	mu        sync.Mutex
	resolvers map[any]func() any
	memo      map[any]any
}

func (c *lazyContext) Value(key any) any {
	c.mu.Lock()
	if v, ok := c.memo[key]; ok {
		c.mu.Unlock()
		return v
	}
	if resolve, ok := c.resolvers[key]; ok {
		v := resolve()
		c.memo[key] = v
		c.mu.Unlock()
		return v
	}
	c.mu.Unlock()
	return c.Context.Value(key)
}

func withLazyValues(parent context.Context, token string) context.Context {
	return &lazyContext{
		Context: parent,
		memo:    make(map[any]any),
		resolvers: map[any]func() any{
			ctxKey("account"): func() any { return strings.TrimPrefix(token, "tok-") },
		},
	}
}

func account(ctx context.Context) string {
	a, _ := ctx.Value(ctxKey("account")).(string)
	return a
}

func handle(ctx context.Context) ([2]string, error) {
	var parts [2]string
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		parts[0] = "orders of " + account(gctx)
		return nil
	})
	parts[1] = "invoices of " + account(gctx)
	return parts, g.Wait()
}

func main() {
	ctx := withLazyValues(context.Background(), "tok-acme")
	parts, err := handle(ctx)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(parts[0] + "; " + parts[1])
}
