// An API gateway wraps each request's context in a context whose Value serves expensive values
// (the caller's account, its plan) from a memo map. A context is meant to be safe for
// concurrent use, so the wrapper resolves every value when it is built, before the handler's
// errgroup fan-out, and Value only reads the memo afterwards.
package main

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

type ctxKey string

type lazyContext struct {
	context.Context
	resolvers map[any]func() any
	memo      map[any]any
}

func (c *lazyContext) Value(key any) any {
	if v, ok := c.memo[key]; ok {
		return v
	}
	return c.Context.Value(key)
}

func withLazyValues(parent context.Context, token string) context.Context {
	c := &lazyContext{
		Context: parent,
		memo:    make(map[any]any),
		resolvers: map[any]func() any{
			ctxKey("account"): func() any { return strings.TrimPrefix(token, "tok-") },
		},
	}
	for key, resolve := range c.resolvers {
		c.memo[key] = resolve()
	}
	return c
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
