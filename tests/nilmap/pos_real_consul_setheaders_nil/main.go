// Reduced from hashicorp/consul/api v1.34.5, api.go:1079 (Client.newRequest), a real bug found by
// mapscope check: Headers() returns a copy of the client's headers, or nil when they are nil;
// NewClient makes them, but the public SetHeaders(nil) (to clear them) leaves them nil, and the
// next request made with a token sets X-Consul-Token on the nil header and panics (confirmed
// against the module itself: SetHeaders(nil), then KV().Put with Config.Token set). kv.go:218,
// event.go:51, snapshot.go:47 and agent.go:827, :868, :998 are the same bug without a token.
// This program is our own rewrite.
package main

import (
	"fmt"
	"net/http"
	"sync"
)

type config struct {
	address string
	token   string
}

type client struct {
	config  config
	mu      sync.RWMutex
	headers http.Header
}

func newClient(cfg config) *client {
	return &client{config: cfg, headers: make(http.Header)}
}

func (c *client) SetHeaders(h http.Header) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.headers = h
}

// Headers returns a copy of the headers, to be modified by the caller.
func (c *client) Headers() http.Header {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.headers == nil {
		return nil
	}
	out := make(http.Header, len(c.headers))
	for k, v := range c.headers {
		out[k] = append([]string(nil), v...)
	}
	return out
}

type request struct {
	method, path string
	header       http.Header
}

func (c *client) newRequest(method, path string) *request {
	r := &request{method: method, path: path, header: c.Headers()}
	if c.config.token != "" {
		r.header.Set("X-Consul-Token", c.config.token) // want "nil map"
	}
	return r
}

func main() {
	c := newClient(config{address: "127.0.0.1:8500", token: "s3cr3t"})
	r := c.newRequest("GET", "/v1/kv/a")
	fmt.Println(r.method, r.path, len(r.header))
	c.SetHeaders(nil)
	r = c.newRequest("PUT", "/v1/kv/a")
	fmt.Println(r.method, r.path, len(r.header))
}
