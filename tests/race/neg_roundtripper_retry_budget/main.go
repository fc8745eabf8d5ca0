// An SDK wraps its http.Client's transport in a RoundTripper that retries failed requests
// and keeps a retry budget per host in a map. The client is shared by the SDK's concurrent
// calls, so the RoundTripper reads and updates the budget under its own mutex.
package main

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// flaky answers 503 to the first attempt of every request, 200 after that.
type flaky struct{}

func (flaky) RoundTrip(req *http.Request) (*http.Response, error) {
	code := http.StatusOK
	if req.Header.Get("X-Attempt") == "1" {
		code = http.StatusServiceUnavailable
	}
	return &http.Response{StatusCode: code, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

type retryTransport struct {
	next    http.RoundTripper
	mu      sync.Mutex
	budget  map[string]int // host -> retries spent
	max     int
	arrived *sync.WaitGroup
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.arrived.Done()
	t.arrived.Wait() // the SDK's calls go out together
	for attempt := 1; ; attempt++ {
		req.Header.Set("X-Attempt", strconv.Itoa(attempt))
		resp, err := t.next.RoundTrip(req)
		if err != nil || resp.StatusCode < 500 || !t.spend(req.URL.Host) {
			return resp, err
		}
		resp.Body.Close()
	}
}

func (t *retryTransport) spend(host string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.budget[host] >= t.max {
		return false
	}
	t.budget[host]++
	return true
}

func main() {
	var arrived, done sync.WaitGroup
	rt := &retryTransport{next: flaky{}, budget: map[string]int{}, max: 5, arrived: &arrived}
	client := &http.Client{Transport: rt}
	paths := []string{"/v1/orders", "/v1/invoices"}
	arrived.Add(len(paths))
	done.Add(len(paths))
	codes := make([]int, len(paths))
	for i, p := range paths {
		go func() {
			defer done.Done()
			resp, err := client.Get("http://api.example.test" + p)
			if err == nil {
				codes[i] = resp.StatusCode
				resp.Body.Close()
			}
		}()
	}
	done.Wait()
	fmt.Println(codes, rt.budget)
}
