// Near miss of neg_real_gozero_clone_len_literal: the header clone returns nil for an empty
// input, and the request it copies from was built without headers, so the copy's map is nil
// when the caller adds the trace header.
package main

import "fmt"

type request struct {
	Method  string
	Path    string
	Headers map[string][]string
}

type metadata struct {
	Path    string
	Headers map[string][]string
}

func newRequest(method, path string) request {
	return request{Method: method, Path: path, Headers: map[string][]string{"Accept": {"*/*"}}}
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
	api := newRequest("GET", "/v1/items")
	fmt.Println(len(cloneHeaders(api.Headers)))
	probe := request{Method: "GET", Path: "/healthz"}
	m := metadata{Path: probe.Path, Headers: cloneHeaders(probe.Headers)}
	m.Headers["X-Trace-Id"] = []string{"trace-1"} // want "nil map"
	fmt.Println(m.Path, len(m.Headers))
}
