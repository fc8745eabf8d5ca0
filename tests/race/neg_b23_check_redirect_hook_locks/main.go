// An SDK client counts the redirects it follows per path in its CheckRedirect hook, a
// closure over a map and a mutex; one client is shared by two sync goroutines, and the hook
// counts under the mutex.
package main

import (
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// movedTransport answers in-process: every /v1/ path has moved to /v2/.
type movedTransport struct{}

func (movedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp := &http.Response{StatusCode: http.StatusOK, Header: http.Header{}, Request: req}
	if rest, ok := strings.CutPrefix(req.URL.Path, "/v1/"); ok {
		resp.StatusCode = http.StatusMovedPermanently
		resp.Header.Set("Location", "/v2/"+rest)
		resp.Body = io.NopCloser(strings.NewReader(""))
		return resp, nil
	}
	resp.Body = io.NopCloser(strings.NewReader("contents of " + req.URL.Path))
	return resp, nil
}

func main() {
	redirects := make(map[string]int)
	var redirectsMu sync.Mutex
	client := &http.Client{
		Transport: movedTransport{},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			redirectsMu.Lock()
			redirects[via[len(via)-1].URL.Path]++
			redirectsMu.Unlock()
			return nil
		},
	}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, kind := range []string{"users", "orders"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := range 3 {
				resp, err := client.Get("https://api.example.com/v1/" + kind + "/" + strconv.Itoa(i))
				if err != nil {
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}
	close(start)
	wg.Wait()

	paths := make([]string, 0, len(redirects))
	for p, n := range redirects {
		paths = append(paths, p+" "+strconv.Itoa(n))
	}
	sort.Strings(paths)
	os.Stdout.WriteString(strings.Join(paths, "\n") + "\n")
}
