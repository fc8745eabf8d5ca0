// Near miss of neg_real_gozero_clone_nonempty: the metadata is stored in the context under
// another key than the one the helper asserts, so the helper's assertion fails and it returns
// the zero metadata; the caller notes the miss but goes on and writes its Headers.
package main

import (
	"context"
	"fmt"
)

type metadata struct {
	Headers map[string][]string
}

type metadataKey struct{}

type legacyMetadataKey struct{}

func fromContext(ctx context.Context) (metadata, bool) {
	m, ok := ctx.Value(metadataKey{}).(metadata)
	if !ok {
		return metadata{}, false
	}
	return metadata{Headers: m.Headers}, true
}

func main() {
	ctx := context.WithValue(context.Background(), legacyMetadataKey{}, metadata{
		Headers: map[string][]string{"X-Trace-Id": {"trace-1"}},
	})
	m, ok := fromContext(ctx)
	if !ok {
		fmt.Println("no metadata")
	}
	m.Headers["X-New"] = []string{"new"} // want "nil map"
	fmt.Println(len(m.Headers))
}
