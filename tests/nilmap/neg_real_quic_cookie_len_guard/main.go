// Reduced from github.com/quic-go/quic-go v0.66.0, http3/headers.go:332 (requestFromHeaders), the
// second of the two facts that make its `hdr.Headers.Set("Cookie", ...)` safe (the first is in
// neg_real_quic_sentinel_error_cookie): the write runs only when
// `len(hdr.Headers["Cookie"]) > 0`, and a nil map gives every key the zero value, an empty
// slice. Here the headers are nil whenever the request has none, which is not an error. A near
// miss: a write guarded by a non-empty element of the map itself (mapscope already knows this
// of `_, ok := m[k]` and of `len(m) > 0`, not of `len(m[k]) > 0` or `m[k] != nil`). Our own
// rewrite.
package main

import (
	"fmt"
	"net/http"
	"strings"
)

func parseHeaders(fields [][2]string) http.Header {
	var h http.Header
	for _, f := range fields {
		if h == nil {
			h = make(http.Header)
		}
		h.Add(f[0], f[1])
	}
	return h
}

func joinCookies(fields [][2]string) http.Header {
	h := parseHeaders(fields)
	// concatenate cookie headers, see https://tools.ietf.org/html/rfc6265#section-5.4
	if len(h["Cookie"]) > 0 {
		h.Set("Cookie", strings.Join(h["Cookie"], "; "))
	}
	if h["Accept"] != nil {
		h["Accept"] = []string{strings.Join(h["Accept"], ", ")}
	}
	return h
}

func main() {
	fmt.Println(joinCookies([][2]string{{"Cookie", "a=1"}, {"Cookie", "b=2"}, {"Accept", "x"}}))
	fmt.Println(joinCookies(nil))
}
