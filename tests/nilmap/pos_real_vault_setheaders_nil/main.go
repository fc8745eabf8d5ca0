// Reduced from hashicorp/vault/api v1.23.0, logical.go:333 (Logical.JSONMergePatch; :309, :324
// and :326 are the same), a real bug found by mapscope check: NewRequest copies the client's
// headers into the request with headersInternal, which returns nil when they are nil; NewClient
// makes them, but the public SetHeaders(nil) leaves them nil, and the Logical methods then set
// Content-Type (or a snapshot header) on the request's nil header and panic. Confirmed against
// the module: NewClient, SetHeaders(nil), Logical().JSONMergePatch(...) panics at logical.go:333.
// Unlike the consul reduction, the write is in another type's method, on a field of the request
// the callee returns. This program is our own rewrite.
package main

import (
	"fmt"
	"net/http"
	"sync"
)

type Client struct {
	modifyLock sync.RWMutex
	headers    http.Header
}

func NewClient() *Client {
	return &Client{headers: make(http.Header)}
}

func (c *Client) SetHeaders(headers http.Header) {
	c.modifyLock.Lock()
	defer c.modifyLock.Unlock()
	c.headers = headers
}

// headersInternal copies the headers; the caller holds the read lock.
func (c *Client) headersInternal() http.Header {
	if c.headers == nil {
		return nil
	}
	ret := make(http.Header)
	for k, v := range c.headers {
		ret[k] = append(ret[k], v...)
	}
	return ret
}

type Request struct {
	Method, Path string
	Headers      http.Header
}

func (c *Client) NewRequest(method, path string) *Request {
	c.modifyLock.RLock()
	headers := c.headersInternal()
	c.modifyLock.RUnlock()
	req := &Request{Method: method, Path: path}
	req.Headers = headers
	return req
}

type Logical struct{ c *Client }

func (c *Client) Logical() *Logical { return &Logical{c: c} }

func (l *Logical) JSONMergePatch(path string) *Request {
	r := l.c.NewRequest(http.MethodPatch, "/v1/"+path)
	r.Headers.Set("Content-Type", "application/merge-patch+json") // want "nil map"
	return r
}

func main() {
	c := NewClient()
	fmt.Println(len(c.Logical().JSONMergePatch("secret/a").Headers))
	c.SetHeaders(nil)
	fmt.Println(len(c.Logical().JSONMergePatch("secret/a").Headers))
}
