// A request builder replaces its made header map with the caller's copy when the context carries
// a header value at all, not when the copy is non-nil: a caller that put a nil header map in the
// context gets a nil copy stored, and the next write panics. The near miss of
// neg_real_twirp_header_stored_when_non_nil, whose store sits under the copy's own `!= nil` test.
package main

import (
	"context"
	"fmt"
)

type headers map[string][]string

type ctxKey struct{}

type request struct {
	url    string
	header headers
}

func newBaseRequest(url string) (*request, error) {
	if url == "" {
		return nil, fmt.Errorf("empty url")
	}
	return &request{url: url, header: make(headers)}, nil
}

// callerHeaders copies the headers the caller put in the context, or returns nil when it put none.
func callerHeaders(ctx context.Context) headers {
	h, ok := ctx.Value(ctxKey{}).(headers)
	if !ok || h == nil {
		return nil
	}
	out := make(headers, len(h))
	for k, vv := range h {
		out[k] = append([]string(nil), vv...)
	}
	return out
}

func newRequest(ctx context.Context, url, contentType string) (*request, error) {
	req, err := newBaseRequest(url)
	if err != nil {
		return nil, err
	}
	custom := callerHeaders(ctx)
	if ctx.Value(ctxKey{}) != nil {
		req.header = custom
	}
	req.header["Content-Type"] = []string{contentType} // want "nil map"
	return req, nil
}

func main() {
	traced := context.WithValue(context.Background(), ctxKey{}, headers{"X-Trace": {"1"}})
	req, err := newRequest(traced, "http://svc/rpc", "application/protobuf")
	fmt.Println(len(req.header), err)
	// A middleware that clears the headers leaves a typed nil in the context.
	cleared := context.WithValue(context.Background(), ctxKey{}, headers(nil))
	req, err = newRequest(cleared, "http://svc/rpc", "application/json")
	fmt.Println(len(req.header), err)
}
