// A request builder: every With* method takes the builder by value and returns the changed
// copy. WithHeader writes into the headers map it was handed; the package's base builder is
// declared with an empty headers map, so every builder derived from it has one.
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
	r.Headers[k] = v
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

var api = RequestSpec{Method: "GET", Base: "https://api.example.com", Headers: map[string]string{}}

func main() {
	users := api.WithPath("users").WithQuery("limit", "10")
	authed := users.WithHeader("Authorization", "Bearer t0k3n")
	fmt.Println(users)
	fmt.Println(authed)
}
