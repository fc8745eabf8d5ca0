// Reduced from the fix in https://github.com/asim/nitro-plugins/pull/137 ("fix panic", commit
// 2c84b1f): an RPC client's tracing wrapper takes the request metadata from the context, which
// is nil when the caller attached none, and has the tracer inject the span into it through a
// text-map carrier whose Set writes the map.
package main

import (
	"context"
	"fmt"
)

type metadata map[string]string

type metadataKey struct{}

func fromContext(ctx context.Context) (metadata, bool) {
	md, ok := ctx.Value(metadataKey{}).(metadata)
	return md, ok
}

func newContext(ctx context.Context, md metadata) context.Context {
	return context.WithValue(ctx, metadataKey{}, md)
}

type textMapCarrier map[string]string

func (c textMapCarrier) Set(key, value string) { c[key] = value } // want "nil map"

type tracer struct{ next int }

func (t *tracer) inject(span string, carrier textMapCarrier) {
	t.next++
	carrier.Set("trace-id", fmt.Sprintf("%s-%04d", span, t.next))
}

func traceIntoContext(ctx context.Context, t *tracer, name string) context.Context {
	md, _ := fromContext(ctx)
	t.inject(name, textMapCarrier(md))
	return newContext(ctx, md)
}

func call(ctx context.Context, t *tracer, service, method string) {
	ctx = traceIntoContext(ctx, t, service+"."+method)
	md, _ := fromContext(ctx)
	fmt.Println("calling", service, method, "with", md)
}

func main() {
	t := &tracer{}
	withUser := newContext(context.Background(), metadata{"user": "ops"})
	call(withUser, t, "greeter", "Hello")
	call(context.Background(), t, "greeter", "Hello")
}
