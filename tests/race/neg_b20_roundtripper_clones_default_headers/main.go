// An SDK's RoundTripper gives every request a clone of the client's default headers and then
// sets the request id in the clone, so two concurrent calls through one client write two
// different maps.
package main

import (
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
)

type stubBackend struct{}

func (stubBackend) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: http.StatusOK,
		Body:       io.NopCloser(strings.NewReader(req.URL.Path)),
		Request:    req,
	}, nil
}

type defaultsTransport struct {
	base     http.RoundTripper
	defaults http.Header
	ids      atomic.Int64
}

func (t *defaultsTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	id := strconv.FormatInt(t.ids.Add(1), 10)
	req.Header = t.defaults.Clone()
	req.Header["X-Request-Id"] = []string{id}
	return t.base.RoundTrip(req)
}

func get(c *http.Client, path string) string {
	resp, err := c.Get("http://api.example.test" + path)
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}

func main() {
	client := &http.Client{Transport: &defaultsTransport{
		base:     stubBackend{},
		defaults: http.Header{"User-Agent": {"acme-sdk/1.2"}, "Accept": {"application/json"}},
	}}
	results := make(chan string)
	go func() { results <- get(client, "/v1/invoices") }()
	mine := get(client, "/v1/customers")
	theirs := <-results
	os.Stdout.WriteString(mine + " " + theirs + "\n")
}
