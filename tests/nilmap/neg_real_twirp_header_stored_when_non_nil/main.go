// Reduced from github.com/twitchtv/twirp v8.1.3+incompatible, the `newRequest` that
// protoc-gen-twirp writes into every generated client (example/service.twirp.go:707 and the same
// three lines in each of its 15 generated files): a request is built with a made header map,
// the header is replaced by the caller's copy only when that copy is non-nil, and then set. The
// copy is nil when the context carries no headers, but that nil is never stored. A near miss:
// the field's value at the write counts the stored copy with its nil case, although the store
// sits under the copy's own `!= nil` test. Our own rewrite.
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
	if custom := callerHeaders(ctx); custom != nil {
		req.header = custom
	}
	req.header["Content-Type"] = []string{contentType}
	return req, nil
}

func main() {
	plain, err := newRequest(context.Background(), "http://svc/rpc", "application/json")
	fmt.Println(len(plain.header), err)
	ctx := context.WithValue(context.Background(), ctxKey{}, headers{"X-Trace": {"1"}})
	traced, err := newRequest(ctx, "http://svc/rpc", "application/protobuf")
	fmt.Println(len(traced.header), err)
}
