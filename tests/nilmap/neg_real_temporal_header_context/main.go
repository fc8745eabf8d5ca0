// Reduced from go.temporal.io/sdk v1.51.0, internal/headers_test.go:59, :200, :308, :309, :312,
// :314, :315 and :318, where mapscope check reported eight nil-map writes to `Header(ctx)`.
// Header (internal/interceptor_header.go:127) returns `m, _ := ctx.Value(headerKey{}).(map...)`,
// nil when the context holds no header; but every context the tests write through comes from
// contextWithNewHeader, which stores a made map under headerKey{} with context.WithValue, so the
// type assertion succeeds. A near miss: the value a context was given under a key is what
// Value returns for that key. Our own rewrite.
package main

import (
	"context"
	"fmt"
)

type headerKey struct{}

type encodingKey struct{}

func contextWithNewHeader(ctx context.Context) context.Context {
	ctx = context.WithValue(ctx, encodingKey{}, map[string]bool{})
	return context.WithValue(ctx, headerKey{}, map[string][]byte{})
}

// Header gives the header of the context for reading and writing, or nil outside of an
// interceptor call.
func Header(ctx context.Context) map[string][]byte {
	m, _ := ctx.Value(headerKey{}).(map[string][]byte)
	return m
}

func encodeHeader(ctx context.Context, key string) {
	if keys, ok := ctx.Value(encodingKey{}).(map[string]bool); ok {
		keys[key] = true
	}
}

type contextKey string

func main() {
	ctx := contextWithNewHeader(context.WithValue(context.Background(), contextKey("k"), "v"))
	Header(ctx)["raw"] = []byte("raw")
	Header(ctx)["plain"] = []byte("plain")
	encodeHeader(ctx, "plain")
	delete(Header(ctx), "plain")
	Header(ctx)["plain"] = []byte("again")
	fmt.Println(len(Header(ctx)), ctx.Value(contextKey("k")))
	fmt.Println(len(Header(context.Background())))
}
