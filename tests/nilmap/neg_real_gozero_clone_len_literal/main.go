// Reduced from github.com/zeromicro/go-zero v1.10.3, mcp/request_metadata.go:125
// (cloneCanonicalHeaderValues) as mcp/request_metadata_test.go:159 reaches it, where mapscope
// check reported a nil-map write to `m.Headers`: the clone returns nil only under
// `len(values) == 0`, and here the argument is a map literal of one entry, so the clone is made.
// A near miss: a callee's nil result guarded by the length of its parameter, with an argument
// whose length is known. The context of the original is left out (see
// neg_real_gozero_clone_nonempty). Our own rewrite.
package main

import (
	"fmt"
	"net/http"
)

type metadata struct {
	Headers map[string][]string
}

func cloneHeaders(values map[string][]string) map[string][]string {
	if len(values) == 0 {
		return nil
	}
	cloned := make(map[string][]string, len(values))
	for key, vals := range values {
		canonical := http.CanonicalHeaderKey(key)
		cloned[canonical] = append(cloned[canonical], vals...)
	}
	return cloned
}

func main() {
	m := metadata{Headers: cloneHeaders(map[string][]string{"x-trace-id": {"trace-1"}})}
	m.Headers["X-New"] = []string{"new"}

	empty := cloneHeaders(nil)
	fmt.Println(len(m.Headers), m.Headers["X-Trace-Id"], empty == nil)
}
