// Near miss of neg_real_gozero_clone_len_literal: the header clone returns nil for an empty
// input, and the caller passes an empty literal (no headers yet), then adds one to the clone.
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
	full := metadata{Headers: cloneHeaders(map[string][]string{"x-trace-id": {"trace-1"}})}
	full.Headers["X-New"] = []string{"new"}
	m := metadata{Headers: cloneHeaders(map[string][]string{})}
	m.Headers["X-New"] = []string{"new"} // want "nil map"
	fmt.Println(len(full.Headers), len(m.Headers))
}
