// Near miss of pos_fix_trace_metadata_carrier, the fixed code of
// https://github.com/asim/nitro-plugins/pull/137 (commit 2c84b1f): when the context carries no
// metadata, the tracing wrapper makes a map for the tracer to inject the span into.
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

func (c textMapCarrier) Set(key, value string) { c[key] = value }

type tracer struct{ next int }

func (t *tracer) inject(span string, carrier textMapCarrier) {
	t.next++
	carrier.Set("trace-id", fmt.Sprintf("%s-%04d", span, t.next))
}

func traceIntoContext(ctx context.Context, t *tracer, name string) context.Context {
	md, ok := fromContext(ctx)
	if !ok {
		md = make(metadata)
	}
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
