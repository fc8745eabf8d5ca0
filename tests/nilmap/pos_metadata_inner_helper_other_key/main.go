// Near miss of neg_real_gozero_metadata_inner_helper: the metadata is stored in the context
// under a legacy key, so the inner helper's assertion fails, the getter returns the zero
// struct, and the caller, which only logs the miss, writes into its nil Headers.
package main

import (
	"context"
	"fmt"
)

type metadata struct {
	Headers map[string][]string
}

type metadataKey struct{}

type legacyKey struct{}

func FromContext(ctx context.Context) (metadata, bool) {
	m, ok := fromContext(ctx)
	if !ok {
		return metadata{}, false
	}
	return metadata{Headers: m.Headers}, true
}

func fromContext(ctx context.Context) (metadata, bool) {
	m, ok := ctx.Value(metadataKey{}).(metadata)
	if !ok {
		return metadata{}, false
	}
	return m, true
}

func main() {
	ctx := context.WithValue(context.Background(), legacyKey{}, metadata{
		Headers: map[string][]string{"X-Trace-Id": {"trace-1"}},
	})
	m, ok := FromContext(ctx)
	if !ok {
		fmt.Println("no metadata")
	}
	m.Headers["X-New"] = []string{"new"} // want "nil map"
	fmt.Println(len(m.Headers))
}
