// An outgoing-request pipeline fills in default headers with a helper that sets a header only
// when the caller left it empty. Requests made by newRequest carry a header map, and the
// retry path builds its request with newRequest too, so every default has a map to go into.
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
		h[key] = value
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
	retry := newRequest(first.method, first.path)
	prepare(retry)
	fmt.Println(retry)
}
