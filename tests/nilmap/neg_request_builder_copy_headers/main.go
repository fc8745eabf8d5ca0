// An immutable request builder: every With* method takes the builder by value and returns the
// changed copy. WithHeader copies the headers into a new map before adding one, so a builder
// made as a plain literal, whose headers map is nil, is safe to extend.
package main

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type RequestSpec struct {
	Method  string
	Base    string
	Path    string
	Query   url.Values
	Headers map[string]string
}

func (r RequestSpec) WithPath(p string) RequestSpec {
	r.Path = "/" + strings.TrimPrefix(p, "/")
	return r
}

func (r RequestSpec) WithQuery(k, v string) RequestSpec {
	q := url.Values{}
	for key, vals := range r.Query {
		q[key] = append([]string(nil), vals...)
	}
	q.Add(k, v)
	r.Query = q
	return r
}

func (r RequestSpec) WithHeader(k, v string) RequestSpec {
	h := make(map[string]string, len(r.Headers)+1)
	for hk, hv := range r.Headers {
		h[hk] = hv
	}
	h[k] = v
	r.Headers = h
	return r
}

func (r RequestSpec) String() string {
	keys := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		keys = append(keys, k+"="+r.Headers[k])
	}
	sort.Strings(keys)
	u := r.Base + r.Path
	if len(r.Query) > 0 {
		u += "?" + r.Query.Encode()
	}
	return r.Method + " " + u + " " + strings.Join(keys, ",")
}

var api = RequestSpec{Method: "GET", Base: "https://api.example.com"}

func main() {
	users := api.WithPath("users").WithQuery("limit", "10")
	authed := users.WithHeader("Authorization", "Bearer t0k3n")
	fmt.Println(users)
	fmt.Println(authed)
}
