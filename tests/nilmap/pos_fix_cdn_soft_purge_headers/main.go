// Reduced from the fix in https://github.com/fastly/go-fastly/pull/267 ("Initialise Headers map
// to avoid runtime panic when purging.", commit 59b80a52): a CDN API client builds the options
// of a purge request with new(RequestOptions), whose headers map is nil, and a soft purge sets
// its header in that map.
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
	ro := new(RequestOptions)
	ro.Parallel = true
	if i.Soft {
		ro.Headers["Fastly-Soft-Purge"] = "1" // want "nil map"
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
