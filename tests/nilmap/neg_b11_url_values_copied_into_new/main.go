// An API client keeps default query parameters (the API key, the region) in a url.Values that
// only the WithAPIKey and WithRegion options create. The public-data client is built with neither;
// the paging helper copies the defaults into a fresh url.Values per page, which works for it too.
package main

import (
	"fmt"
	"net/url"
	"strconv"
)

type Option func(*Client)

func WithAPIKey(k string) Option {
	return func(c *Client) {
		if c.defaults == nil {
			c.defaults = url.Values{}
		}
		c.defaults.Set("api_key", k)
	}
}

func WithRegion(r string) Option {
	return func(c *Client) {
		if c.defaults == nil {
			c.defaults = url.Values{}
		}
		c.defaults.Set("region", r)
	}
}

type Client struct {
	base     string
	pageSize int
	defaults url.Values
}

func New(base string, opts ...Option) *Client {
	c := &Client{base: base, pageSize: 50}
	for _, o := range opts {
		o(c)
	}
	return c
}

// pageURL builds the URL of one page of a listing.
func (c *Client) pageURL(path string, page int) string {
	q := url.Values{}
	for k, vs := range c.defaults {
		q[k] = append([]string(nil), vs...)
	}
	q.Set("page", strconv.Itoa(page))
	q.Set("per_page", strconv.Itoa(c.pageSize))
	return c.base + path + "?" + q.Encode()
}

func (c *Client) ListURLs(path string, pages int) []string {
	out := make([]string, 0, pages)
	for p := 1; p <= pages; p++ {
		out = append(out, c.pageURL(path, p))
	}
	return out
}

func main() {
	private := New("https://api.example.net", WithAPIKey("k-3f9a"), WithRegion("eu-west"))
	public := New("https://open.example.net")
	for _, c := range []*Client{private, public} {
		for _, u := range c.ListURLs("/v2/datasets", 2) {
			fmt.Println(u)
		}
	}
}
