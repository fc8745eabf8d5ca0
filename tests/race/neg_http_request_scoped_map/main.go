// A search handler parses its filters into a map built for each request: the map never leaves
// the request's goroutine, so concurrent requests share nothing.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

func search(w http.ResponseWriter, r *http.Request) {
	filters := make(map[string][]string)
	for key, values := range r.URL.Query() {
		key = strings.ToLower(key)
		filters[key] = append(filters[key], values...)
	}
	delete(filters, "debug")
	keys := make([]string, 0, len(filters))
	for k := range filters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprint(w, strings.Join(keys, ","))
}

// inFlight holds each request until n requests have arrived, so they are served together.
func inFlight(n int, next http.Handler) http.Handler {
	var arrived sync.WaitGroup
	arrived.Add(n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait()
		next.ServeHTTP(w, r)
	})
}

func main() {
	ts := httptest.NewServer(inFlight(2, http.HandlerFunc(search)))
	defer ts.Close()
	var clients sync.WaitGroup
	codes := make([]int, 2)
	for i, q := range []string{"?Color=red&size=m", "?brand=acme&debug=1"} {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + q)
			if err != nil {
				return
			}
			codes[i] = resp.StatusCode
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(codes)
}
