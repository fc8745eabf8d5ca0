// Near miss of pos_fix_cdn_soft_purge_headers, the fixed code of
// https://github.com/fastly/go-fastly/pull/267 (commit 59b80a52): the purge options are a
// composite literal, and a soft purge stores a new headers map holding its header.
package main

import (
	"errors"
	"fmt"
)

type RequestOptions struct {
	Params   map[string]string
	Headers  map[string]string
	Parallel bool
}

type PurgeInput struct {
	URL  string
	Soft bool
}

type Purge struct{ Status, ID string }

type Client struct{ sent []string }

// Post stands for the HTTP call; it records what would be sent.
func (c *Client) Post(path string, ro *RequestOptions) (*Purge, error) {
	line := fmt.Sprintf("POST /%s parallel=%v", path, ro.Parallel)
	c.sent = append(c.sent, fmt.Sprintf("%s headers=%v", line, ro.Headers))
	return &Purge{Status: "ok", ID: fmt.Sprintf("purge-%d", len(c.sent))}, nil
}

func (c *Client) Purge(i *PurgeInput) (*Purge, error) {
	if i.URL == "" {
		return nil, errors.New("missing required field 'URL'")
	}
	ro := &RequestOptions{
		Parallel: true,
	}
	if i.Soft {
		ro.Headers = map[string]string{
			"Fastly-Soft-Purge": "1",
		}
	}
	return c.Post("purge/"+i.URL, ro)
}

func main() {
	c := &Client{}
	for _, in := range []*PurgeInput{
		{URL: "www.example.com/index.html"},
		{URL: "www.example.com/app.js", Soft: true},
	} {
		p, err := c.Purge(in)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.Status, p.ID)
	}
	fmt.Println(c.sent)
}
