// Near miss of neg_fix_trace_metadata_carrier: the tracing wrapper makes a metadata map when
// a lookup in the context fails, but it tests the `ok` of the parent span's lookup instead of
// the metadata's. A call that carries a span and no metadata hands the tracer a nil carrier.
package main

import (
	"context"
	"fmt"
)

type metadata map[string]string

type metadataKey struct{}

type spanKey struct{}

func fromContext(ctx context.Context) (metadata, bool) {
	md, ok := ctx.Value(metadataKey{}).(metadata)
	return md, ok
}

func spanFromContext(ctx context.Context) (string, bool) {
	span, ok := ctx.Value(spanKey{}).(string)
	return span, ok
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
	parent, ok := spanFromContext(ctx)
	if !ok {
		md = make(metadata)
		parent = "root"
	}
	t.inject(parent+"/"+name, textMapCarrier(md))
	return context.WithValue(ctx, metadataKey{}, md)
}

func main() {
	t := &tracer{}
	withUser := context.WithValue(context.Background(), metadataKey{}, metadata{"user": "ops"})
	fmt.Println(traceIntoContext(withUser, t, "greeter.Hello").Value(metadataKey{}))
	withSpan := context.WithValue(context.Background(), spanKey{}, "req-7")
	fmt.Println(traceIntoContext(withSpan, t, "greeter.Hello").Value(metadataKey{}))
}
