// An API client copies its default headers into every request it builds. To save an
// allocation the copy is skipped when there are no defaults, which leaves the request's
// header map nil, and WithAuth panics setting the Authorization header on it.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type Request struct {
	Method string
	URL    string
	Header map[string]string
}

type Client struct {
	base     string
	defaults map[string]string
}

func NewClient(base string) *Client {
	return &Client{base: base, defaults: map[string]string{}}
}

func (c *Client) SetDefault(key, value string) { c.defaults[key] = value }

func (c *Client) NewRequest(method, path string) *Request {
	req := &Request{Method: method, URL: c.base + path}
	if len(c.defaults) > 0 {
		req.Header = maps.Clone(c.defaults)
	}
	return req
}

func (r *Request) WithAuth(token string) *Request {
	r.Header["Authorization"] = "Bearer " + token // want "nil map"
	return r
}

func (r *Request) String() string {
	keys := make([]string, 0, len(r.Header))
	for k := range r.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s %s %v", r.Method, r.URL, keys)
}

func main() {
	billing := NewClient("https://billing.internal")
	billing.SetDefault("User-Agent", "invoicer/1.4")
	fmt.Println(billing.NewRequest("GET", "/v1/invoices").WithAuth("t0k3n"))

	audit := NewClient("https://audit.internal")
	fmt.Println(audit.NewRequest("POST", "/v1/events").WithAuth("s3cr3t"))
}
