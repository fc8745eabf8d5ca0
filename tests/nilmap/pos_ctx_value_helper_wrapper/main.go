// A context value helper reached through a wrapper that passes its context on, from a writer
// that passes its own: the writer's callers decide, and the second passes context.TODO(), so
// the assertion fails and the write panics. Our own program.
package main

import (
	"context"
	"fmt"
)

type baggageKey struct{}

func baggage(ctx context.Context) map[string]string {
	b, _ := ctx.Value(baggageKey{}).(map[string]string)
	return b
}

func requestBaggage(ctx context.Context) map[string]string { return baggage(ctx) }

func tag(ctx context.Context, k, v string) {
	requestBaggage(ctx)[k] = v // want "nil map"
}

func main() {
	tag(context.WithValue(context.Background(), baggageKey{}, map[string]string{}), "a", "1")
	fmt.Println("tagged")
	tag(context.TODO(), "b", "2")
}
