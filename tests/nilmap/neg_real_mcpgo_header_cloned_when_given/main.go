// Reduced from mcp-go v1.6.0, client/transport/streamable_http.go:966 (StreamableHTTP.sendHTTP),
// where mapscope check reported `req.Header.Set(...)` on a nil map when SendNotification passes a
// nil header. sendHTTP builds the request with http.NewRequestWithContext, which gives it an
// empty Header map, and replaces that map with `header.Clone()` only inside `if header != nil`;
// with a nil header the request keeps the map NewRequestWithContext made. A near miss: the
// clone of a possibly nil header is taken only when it is not nil. Our own rewrite.
package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

type transport struct {
	url     string
	session string
}

func (c *transport) send(ctx context.Context, body string, header http.Header) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, strings.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("new request: %w", err)
	}
	// The caller's headers are cloned so that ours do not leak into its map.
	if header != nil {
		req.Header = header.Clone()
	}
	req.Header.Set("Content-Type", "application/json")
	if c.session != "" {
		req.Header.Set("Mcp-Session-Id", c.session)
	}
	return req, nil
}

func (c *transport) notify(ctx context.Context) (*http.Request, error) {
	return c.send(ctx, `{"jsonrpc":"2.0","method":"ping"}`, nil)
}

func main() {
	c := &transport{url: "http://127.0.0.1:9/mcp", session: "s1"}
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
