// Reduced from github.com/firebase/genkit/go v1.4.0, core/context_test.go:113, where mapscope
// check reported the write into the map FromContext returns, FromContext giving nil when the
// context holds no value under its key. The test stores a map literal with WithActionContext
// (context.WithValue under the package's key, a variable set once from a generic key
// constructor) just before, on the same context: the value is there, and not nil. Our own
// rewrite.
package main

import (
	"context"
	"fmt"
)

type contextKey[T any] struct {
	key *int
}

func newContextKey[T any]() contextKey[T] {
	return contextKey[T]{key: new(int)}
}

var runtimeKey = newContextKey[int]()

type Side = map[string]any

func WithSide(ctx context.Context, side Side) context.Context {
	return context.WithValue(ctx, runtimeKey, side)
}

func SideFrom(ctx context.Context) Side {
	val := ctx.Value(runtimeKey)
	if val == nil {
		return nil
	}
	return val.(Side)
}

func main() {
	ctx := context.Background()
	ctx = WithSide(ctx, Side{"mutable": "original"})

	retrieved := SideFrom(ctx)
	retrieved["mutable"] = "modified"

	fmt.Println(SideFrom(ctx)["mutable"])
}
