// An API client copies its default headers with a helper that returns nil for a nil map; the
// package-level defaults carry a User-Agent header, so the copy is a map and the client can add
// its token to it.
package main

import "fmt"

type clientOptions struct {
	baseURL string
	headers map[string]string
	retries int
}

var defaultOptions = clientOptions{retries: 3, headers: map[string]string{"User-Agent": "svc/1.0"}}

func copyHeaders(h map[string]string) map[string]string {
	if h == nil {
		return nil
	}
	out := make(map[string]string, len(h))
	for k, v := range h {
		out[k] = v
	}
	return out
}

type client struct {
	opts clientOptions
}

func newClient(baseURL, token string) *client {
	opts := defaultOptions
	opts.baseURL = baseURL
	opts.headers = copyHeaders(defaultOptions.headers)
	c := &client{opts: opts}
	c.opts.headers["Authorization"] = "Bearer " + token
	return c
}

func main() {
	c := newClient("https://api.example.test", "t0k3n")
	fmt.Println(c.opts.baseURL, len(c.opts.headers))
}
