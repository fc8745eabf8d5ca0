// A fan-out proxy sends one incoming request to several backends in parallel, deriving each
// outgoing request with r.Clone, which deep-copies the Header, so each goroutine tags its
// backend into a header map of its own.
package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
)

// backendTransport answers in-process, echoing the backend the request was tagged for.
type backendTransport struct{}

func (backendTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	backend := req.Header.Get("X-Backend")
	return &http.Response{
		StatusCode: http.StatusOK,
		Header:     http.Header{"Content-Type": {"text/plain"}},
		Body:       io.NopCloser(strings.NewReader("hello from " + backend)),
		Request:    req,
	}, nil
}

func fanOut(ctx context.Context, in *http.Request, backends []string) []string {
	answers := make([]string, len(backends))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, backend := range backends {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out := in.Clone(ctx)
			out.Header["X-Backend"] = []string{backend}
			resp, err := backendTransport{}.RoundTrip(out)
			if err != nil {
				answers[i] = err.Error()
				return
			}
			body, _ := io.ReadAll(resp.Body)
			answers[i] = string(body)
		}()
	}
	close(start)
	wg.Wait()
	return answers
}

func main() {
	in := httptest.NewRequest("GET", "/search?q=maps", nil)
	in.Header.Set("Accept", "text/plain")
	answers := fanOut(context.Background(), in, []string{"eu-1", "us-1", "ap-1"})
	os.Stdout.WriteString(strings.Join(answers, "\n") + "\n")
}
