// An API client's batch uploader builds one request per file in errgroup goroutines. newRequest
// gives every request a clone of the client's default header map and then sets the request's
// own idempotency key in the clone, so each upload writes a header of its own.
package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Client struct {
	base   string
	header http.Header
}

func (c *Client) newRequest(method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	key := "upload-" + strings.Trim(path, "/")
	req.Header = c.header.Clone()
	req.Header["Idempotency-Key"] = []string{key}
	return req, nil
}

func main() {
	c := &Client{
		base:   "https://storage.example.com",
		header: http.Header{"Authorization": {"Bearer t0k3n"}, "User-Agent": {"uploader/1.4"}},
	}
	files := []string{"/reports/q1.csv", "/reports/q2.csv"}
	reqs := make([]*http.Request, len(files))
	var arrived sync.WaitGroup
	arrived.Add(len(files))
	var g errgroup.Group
	for i, f := range files {
		g.Go(func() error {
			arrived.Done()
			arrived.Wait() // the uploads start together
			req, err := c.newRequest(http.MethodPut, f, strings.NewReader("a,b\n1,2\n"))
			reqs[i] = req
			return err
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("upload:", err)
		return
	}
	for _, r := range reqs {
		fmt.Println(r.Method, r.URL.Path, r.Header.Get("Idempotency-Key"))
	}
}
