// An HTTP client builder clones the package's default headers so that callers cannot change
// them; the defaults hold a (possibly empty) map literal, so the clone is a map of its own.
package main

import (
	"fmt"
	"maps"
)

type clientOptions struct {
	baseURL string
	headers map[string]string
	retries int
}

var defaultOptions = clientOptions{retries: 3, headers: map[string]string{}}

type client struct {
	opts clientOptions
}

func newClient(baseURL, token string) *client {
	opts := defaultOptions
	opts.baseURL = baseURL
	opts.headers = maps.Clone(defaultOptions.headers)
	c := &client{opts: opts}
	c.opts.headers["Authorization"] = "Bearer " + token
	return c
}

func main() {
	c := newClient("https://api.example.test", "t0k3n")
	fmt.Println(c.opts.baseURL, len(c.opts.headers), len(defaultOptions.headers))
}
