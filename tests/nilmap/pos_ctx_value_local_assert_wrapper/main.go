// A context value asserted where it is written, reached through a wrapper that passes its own
// context on: one caller gives a context with the field map, the other context.Background(),
// whose assertion fails and leaves the map nil. Our own program.
package main

import (
	"context"
	"fmt"
)

type fieldsKey struct{}

func withFields(ctx context.Context) context.Context {
	return context.WithValue(ctx, fieldsKey{}, map[string]string{})
}

func annotate(ctx context.Context, k, v string) {
	fields, _ := ctx.Value(fieldsKey{}).(map[string]string)
	fields[k] = v // want "nil map"
}

func handle(ctx context.Context) {
	annotate(ctx, "step", "handle")
}

func main() {
	handle(withFields(context.Background()))
	fmt.Println("handled")
	handle(context.Background())
}
