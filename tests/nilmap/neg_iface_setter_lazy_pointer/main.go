// Span attributes are set through a Setter interface; the span's attribute holder is a struct
// whose pointer method makes its map on the first Set, so a zero span handed to the helper
// gets its map there.
package main

import (
	"fmt"
	"sort"
)

type Setter interface {
	Set(key, value string)
}

type Attributes struct {
	m map[string]string
}

func (a *Attributes) Set(key, value string) {
	if a.m == nil {
		a.m = make(map[string]string)
	}
	a.m[key] = value
}

type Span struct {
	Name  string
	Attrs Attributes
}

func tagHTTP(s Setter, method, path string) {
	s.Set("http.method", method)
	s.Set("http.path", path)
}

func main() {
	var sp Span
	sp.Name = "GET /health"
	tagHTTP(&sp.Attrs, "GET", "/health")
	keys := make([]string, 0, len(sp.Attrs.m))
	for k := range sp.Attrs.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(sp.Name, keys)
}
