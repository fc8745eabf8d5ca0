// An API client hedges slow calls: it sends the request to one replica and, when no answer has
// come after a millisecond, sends a copy to another, keeping whichever answers first. Each attempt
// is derived with req.WithContext, a shallow copy whose Header is the caller's map, and stamped
// with its attempt number, so the two attempts' goroutines write the same header map.
package main

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// replicas stands in for the network: the first replica asked is stuck until cancelled.
type replicas struct{ calls atomic.Int32 }

func (t *replicas) RoundTrip(r *http.Request) (*http.Response, error) {
	if t.calls.Add(1) == 1 {
		<-r.Context().Done()
		return nil, r.Context().Err()
	}
	body := io.NopCloser(strings.NewReader(`{"status":"ok"}`))
	return &http.Response{StatusCode: http.StatusOK, Body: body, Request: r}, nil
}

type result struct {
	resp *http.Response
	err  error
}

type HedgedClient struct {
	rt         http.RoundTripper
	hedgeAfter time.Duration
}

func (c *HedgedClient) Do(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancel(req.Context())
	defer cancel()
	results := make(chan result, 2)
	var wg sync.WaitGroup
	attempt := func(n int) {
		defer wg.Done()
		r := req.WithContext(ctx)
		r.Header["X-Attempt"] = []string{strconv.Itoa(n)} // want "concurrent map write"
		resp, err := c.rt.RoundTrip(r)
		results <- result{resp, err}
	}
	wg.Add(1)
	go attempt(1)
	var res result
	select {
	case res = <-results:
	case <-time.After(c.hedgeAfter):
		wg.Add(1)
		go attempt(2)
		res = <-results
	}
	cancel()
	wg.Wait()
	return res.resp, res.err
}

func main() {
	c := &HedgedClient{rt: &replicas{}, hedgeAfter: time.Millisecond}
	req, _ := http.NewRequest(http.MethodGet, "http://inventory.internal/v1/stock/sku-7", nil)
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		println("error:", err.Error())
		return
	}
	b, _ := io.ReadAll(resp.Body)
	println(resp.StatusCode, string(b))
}
