// The near miss neg_real_mcpgo_header_cloned_when_given with the guard on the wrong value: the
// transport replaces the request's header map with the caller's clone whenever its copy flag is
// set, whether or not the caller passed a header, and the clone of a nil header is nil, so the
// notification (which passes none) writes Content-Type into a nil map.
package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

type transport struct {
	url         string
	session     string
	copyHeaders bool
}

func (c *transport) send(ctx context.Context, body string, header http.Header) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, strings.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("new request: %w", err)
	}
	// The caller's headers are cloned so that ours do not leak into its map.
	if c.copyHeaders {
		req.Header = header.Clone()
	}
	req.Header.Set("Content-Type", "application/json") // want "nil map"
	if c.session != "" {
		req.Header.Set("Mcp-Session-Id", c.session)
	}
	return req, nil
}

func (c *transport) notify(ctx context.Context) (*http.Request, error) {
	return c.send(ctx, `{"jsonrpc":"2.0","method":"ping"}`, nil)
}

func main() {
	c := &transport{url: "http://127.0.0.1:9/mcp", session: "s1", copyHeaders: true}
	req, err := c.notify(context.Background())
	if err != nil {
		panic(err)
	}
	h := http.Header{}
	h.Set("X-Trace", "1")
	req2, err := c.send(context.Background(), "{}", h)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(req.Header), len(req2.Header), len(h))
}
