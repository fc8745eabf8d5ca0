// An SDK's RoundTripper gives every request the client's default headers by assigning the
// shared http.Header to the request and then setting the request id in it; two concurrent
// calls through one client write the same default header map.
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
	req.Header = t.defaults                   // root cause
	req.Header["X-Request-Id"] = []string{id} // want "concurrent map write"
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
