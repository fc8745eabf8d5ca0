// A near miss of a context value helper: the map is stored under a typed constant key, and the
// write goes through a context derived from it with WithTimeout and WithCancel, which keep the
// parent's values, so the assertion succeeds. Our own program.
package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

const attrsKey ctxKey = "attrs"

func attrs(ctx context.Context) map[string]int {
	m, _ := ctx.Value(attrsKey).(map[string]int)
	return m
}

func newRequestContext() context.Context {
	return context.WithValue(context.Background(), attrsKey, make(map[string]int))
}

func main() {
	ctx, cancel := context.WithTimeout(newRequestContext(), time.Second)
	defer cancel()
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	attrs(ctx)["tries"]++
	attrs(ctx)["bytes"] += 10
	fmt.Println(attrs(ctx))
}
