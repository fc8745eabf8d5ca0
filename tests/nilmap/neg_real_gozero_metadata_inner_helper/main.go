// Reduced from github.com/zeromicro/go-zero v1.10.3, mcp/request_metadata.go:19-80 as
// mcp/request_metadata_test.go:159 reaches it: the exported getter asks an inner helper for the
// metadata and returns the zero struct when the helper's `ok` is false; the helper's `ok` is
// the assertion of the context's value, and the test's context holds the key. A near miss:
// the zero struct lies behind the failure of an assertion made one call down. Our own rewrite.
package main

import (
	"context"
	"fmt"
)

type metadata struct {
	Headers map[string][]string
}

type metadataKey struct{}

func FromContext(ctx context.Context) (metadata, bool) {
	m, ok := fromContext(ctx)
	if !ok {
		return metadata{}, false
	}
	return metadata{Headers: cloneHeaders(m.Headers)}, true
}

func fromContext(ctx context.Context) (metadata, bool) {
	m, ok := ctx.Value(metadataKey{}).(metadata)
	if !ok {
		return metadata{}, false
	}
	return m, true
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
	m, ok := FromContext(ctx)
	if !ok {
		fmt.Println("no metadata")
	}
	m.Headers["X-New"] = []string{"new"}
	fmt.Println(len(m.Headers))
}
