// A load tester starts one goroutine per target, and each builds its own request with
// http.NewRequest before stamping a trace header into it: the header maps are the workers'
// own, made anew by every call. A near miss of the hedged client whose attempts share one
// request's header through WithContext.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

func probe(client *http.Client, url string, n int) (int, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header["X-Trace-Id"] = []string{strconv.Itoa(n)}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	var wg sync.WaitGroup
	codes := make([]int, 4)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _ = probe(srv.Client(), srv.URL+"/health", i)
		}()
	}
	wg.Wait()
	fmt.Println(codes)
}
