// Reduced from github.com/zeromicro/go-zero v1.10.3, mcp/request_metadata_test.go:159
// (TestRequestMetadataFromContextReturnsCopy), where mapscope check reported a nil-map write to
// `metadata.Headers`. RequestMetadataFromContext returns a copy whose Headers comes from
// cloneHeaders, which returns nil for an empty map (request_metadata.go:125); the test stores,
// with context.WithValue, metadata whose Headers is a literal of one entry, so the clone is made.
// A near miss: the nil result is ruled out by the length of a map literal that the caller put
// into the context under the key the callee looks up. Our own rewrite.
package main

import (
	"context"
	"fmt"
)

type metadata struct {
	Headers map[string][]string
	Path    map[string]string
}

type metadataKey struct{}

func fromContext(ctx context.Context) (metadata, bool) {
	m, ok := ctx.Value(metadataKey{}).(metadata)
	if !ok {
		return metadata{}, false
	}
	return metadata{Headers: cloneHeaders(m.Headers), Path: m.Path}, true
}

func cloneHeaders(values map[string][]string) map[string][]string {
	if len(values) == 0 {
		return nil
	}
	cloned := make(map[string][]string, len(values))
	for key, vals := range values {
		cloned[key] = append([]string(nil), vals...)
	}
	return cloned
}

func main() {
	ctx := context.WithValue(context.Background(), metadataKey{}, metadata{
		Headers: map[string][]string{"X-Trace-Id": {"trace-1"}},
	})
	m, ok := fromContext(ctx)
	if !ok {
		fmt.Println("no metadata")
	}
	m.Headers["X-New"] = []string{"new"}

	fresh, _ := fromContext(ctx)
	fmt.Println(len(m.Headers), len(fresh.Headers))
}
