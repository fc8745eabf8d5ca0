// Reduced from caddyserver/caddy v2.11.9, modules/caddyhttp/reverseproxy/copyresponse.go:130
// (CopyResponseHeadersHandler.Provision), where mapscope check reported a nil-map write when a
// test provisions `&CopyResponseHeadersHandler{Include: [...]}`: Provision makes includeMap
// only `if len(h.Include) > 0`, then fills it in `for _, field := range h.Include`. A near miss:
// when the map is not made the list is empty and the loop body never runs; the list is a field,
// read once for `len` and again for `range`. Our own rewrite.
package main

import (
	"fmt"
	"net/http"
)

type copyHeaders struct {
	Include    []string
	Exclude    []string
	includeMap map[string]struct{}
	excludeMap map[string]struct{}
}

// Provision turns the lists into sets for the lookups of every response.
func (h *copyHeaders) Provision() error {
	if len(h.Include) > 0 && len(h.Exclude) > 0 {
		return fmt.Errorf("cannot define both 'exclude' and 'include' lists")
	}
	if len(h.Include) > 0 {
		h.includeMap = map[string]struct{}{}
	}
	for _, field := range h.Include {
		h.includeMap[http.CanonicalHeaderKey(field)] = struct{}{}
	}
	if len(h.Exclude) > 0 {
		h.excludeMap = map[string]struct{}{}
	}
	for _, field := range h.Exclude {
		h.excludeMap[http.CanonicalHeaderKey(field)] = struct{}{}
	}
	return nil
}

func (h *copyHeaders) copies(field string) bool {
	if h.includeMap != nil {
		_, ok := h.includeMap[field]
		return ok
	}
	_, excluded := h.excludeMap[field]
	return !excluded
}

func main() {
	h := &copyHeaders{Include: []string{"alt-svc", "x-upstream"}}
	if err := h.Provision(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.copies("Alt-Svc"), h.copies("X-Hop"))
	h = &copyHeaders{Exclude: []string{"x-hop"}}
	if err := h.Provision(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.copies("Alt-Svc"), h.copies("X-Hop"))
}
