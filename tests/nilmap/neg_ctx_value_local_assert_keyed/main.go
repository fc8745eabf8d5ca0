// A near miss of a context value asserted where it is written: annotate's assertion fails only
// for a context without the field map, and every call passes one (directly, or through handle,
// on a context derived with WithCancel). Our own program.
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
	fields[k] = v
}

func handle(ctx context.Context) {
	annotate(ctx, "step", "handle")
}

func main() {
	ctx, cancel := context.WithCancel(withFields(context.Background()))
	defer cancel()
	handle(ctx)
	annotate(ctx, "user", "alice")
	fields, _ := ctx.Value(fieldsKey{}).(map[string]string)
	fmt.Println(len(fields))
}
