// Middleware expects a field map in the context; a handler called without it gets nil.
package main

import (
	"context"
	"fmt"
)

type ctxKey struct{}

func withFields(ctx context.Context) context.Context {
	return context.WithValue(ctx, ctxKey{}, map[string]string{})
}

func annotate(ctx context.Context, k, v string) {
	fields, _ := ctx.Value(ctxKey{}).(map[string]string)
	fields[k] = v // want "nil map"
}

func main() {
	ctx := withFields(context.Background())
	annotate(ctx, "user", "alice")
	annotate(context.Background(), "user", "bob")
	fmt.Println("done")
}
