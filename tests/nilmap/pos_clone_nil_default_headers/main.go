// An HTTP client builder clones the package's default headers so that callers cannot change
// them; the defaults were never given a map, maps.Clone of a nil map is nil, and adding the
// first header panics.
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

var defaultOptions = clientOptions{retries: 3}

type client struct {
	opts clientOptions
}

func newClient(baseURL, token string) *client {
	opts := defaultOptions
	opts.baseURL = baseURL
	opts.headers = maps.Clone(defaultOptions.headers)
	c := &client{opts: opts}
	c.opts.headers["Authorization"] = "Bearer " + token // want "nil map"
	return c
}

func main() {
	c := newClient("https://api.example.test", "t0k3n")
	fmt.Println(c.opts.baseURL, len(c.opts.headers))
}
