package main

import (
	"fmt"
	"net/url"
)

type Client struct {
	base    *url.URL
	headers map[string]string
}

// NewClient returns the client even when the base URL is bad, so that callers can fall back
// to relative requests; the headers map is made before the URL is checked.
func NewClient(base string, opts ...Option) (*Client, error) {
	c := &Client{headers: map[string]string{"User-Agent": "billing-sync/2.1"}}
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return c, fmt.Errorf("client: base URL %q has no host", base)
	}
	c.base = u
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

func (c *Client) SetHeader(key, value string) {
	c.headers[key] = value
}
