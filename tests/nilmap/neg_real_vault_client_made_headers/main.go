// Reduced from hashicorp/vault/api v1.23.0, client_test.go:1258 (TestClient_ReadYourWrites),
// where mapscope check reported a nil-map write: the test sets a header on a request from
// NewRequest, whose headers are nil only for a client whose own headers are nil. The test's
// clients come from NewClient (which makes them) or from Clone (which makes them too), and every
// store into the field is a made map, so the copy's `if c.headers == nil { return nil }` never
// runs. A near miss of pos_real_vault_setheaders_nil: the same library without SetHeaders. Our
// own rewrite.
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

// Clone copies the headers into a client of its own.
func (c *Client) Clone() *Client {
	c2 := NewClient()
	for k, v := range c.headersInternal() {
		c2.headers[k] = v
	}
	return c2
}

type Request struct {
	Path    string
	Headers http.Header
}

func (c *Client) NewRequest(path string) *Request {
	c.modifyLock.RLock()
	headers := c.headersInternal()
	c.modifyLock.RUnlock()
	return &Request{Path: path, Headers: headers}
}

func main() {
	parent := NewClient()
	var wg sync.WaitGroup
	for i, clone := range []bool{false, true} {
		c := parent
		if clone {
			c = parent.Clone()
		}
		wg.Add(1)
		go func(val string) {
			defer wg.Done()
			req := c.NewRequest("/" + val)
			req.Headers.Set("X-Index", val)
			fmt.Println(req.Path, req.Headers.Get("X-Index"))
		}(fmt.Sprint(i))
		wg.Wait()
	}
}
