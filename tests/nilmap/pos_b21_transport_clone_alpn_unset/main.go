// An SDK client clones http.DefaultTransport and registers handlers for custom ALPN protocols
// in the clone's TLSNextProto. Clone copies that map only when the source had one, and the
// default transport's is nil, so registering the first protocol panics.
package main

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

type upgradeFunc = func(authority string, c *tls.Conn) http.RoundTripper

type ClientOptions struct {
	Timeout   time.Duration
	UserAgent string
	Protocols map[string]upgradeFunc
}

type Client struct {
	http      *http.Client
	transport *http.Transport
	userAgent string
}

func NewClient(opts ClientOptions) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 8
	tr.IdleConnTimeout = 30 * time.Second
	for proto, upgrade := range opts.Protocols {
		tr.TLSNextProto[proto] = upgrade // want "nil map"
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "sdk-go/1.4"
	}
	return &Client{
		http:      &http.Client{Transport: tr, Timeout: opts.Timeout},
		transport: tr,
		userAgent: opts.UserAgent,
	}
}

func (c *Client) Describe() string {
	protos := make([]string, 0, len(c.transport.TLSNextProto))
	for p := range c.transport.TLSNextProto {
		protos = append(protos, p)
	}
	sort.Strings(protos)
	return fmt.Sprintf("%s timeout=%s alpn=[%s]", c.userAgent, c.http.Timeout, strings.Join(protos, " "))
}

type rpcTransport struct{ authority string }

func (t *rpcTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("rpc to %s: not connected", t.authority)
}

func main() {
	client := NewClient(ClientOptions{
		Timeout: 5 * time.Second,
		Protocols: map[string]upgradeFunc{
			"example-rpc/1": func(authority string, c *tls.Conn) http.RoundTripper {
				return &rpcTransport{authority: authority}
			},
		},
	})
	fmt.Println(client.Describe())
}
