// An outgoing-request pipeline fills in default headers with a helper that sets a header only
// when the caller left it empty. Requests made by newRequest carry a header map, but the
// retry path builds its request as a bare literal, and the first default goes into nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type request struct {
	method  string
	path    string
	headers map[string]string
}

func newRequest(method, path string) *request {
	return &request{method: method, path: path, headers: map[string]string{}}
}

func setDefault(h map[string]string, key, value string) {
	if h[key] == "" {
		h[key] = value // want "nil map"
	}
}

func prepare(r *request) {
	setDefault(r.headers, "Accept", "application/json")
	setDefault(r.headers, "User-Agent", "billing/1.2")
}

func (r *request) String() string {
	parts := make([]string, 0, len(r.headers))
	for k, v := range r.headers {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return r.method + " " + r.path + " " + strings.Join(parts, ",")
}

func main() {
	first := newRequest("GET", "/v1/invoices")
	first.headers["Accept"] = "text/csv"
	prepare(first)
	fmt.Println(first)
	retry := &request{method: first.method, path: first.path}
	prepare(retry)
	fmt.Println(retry)
}
