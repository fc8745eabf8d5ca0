// An edge proxy routes by path prefix in its ReverseProxy's Rewrite hook and counts the
// requests each backend gets. The map of counters is filled before the proxy serves and only
// read in the hook, which adds to the backend's atomic counter.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

func backend(name string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, name+" "+r.URL.Path)
	}))
}

func main() {
	api, static := backend("api"), backend("static")
	defer api.Close()
	defer static.Close()
	apiURL, _ := url.Parse(api.URL)
	staticURL, _ := url.Parse(static.URL)

	perBackend := map[string]*atomic.Int64{apiURL.Host: new(atomic.Int64), staticURL.Host: new(atomic.Int64)}
	// inFlight parks each proxied request until all the test's requests have reached the
	// proxy, as a slow auth lookup would, so that they overlap.
	var inFlight sync.WaitGroup
	proxy := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		inFlight.Done()
		inFlight.Wait()
		target := staticURL
		if strings.HasPrefix(r.In.URL.Path, "/api/") {
			target = apiURL
		}
		perBackend[target.Host].Add(1)
		r.SetURL(target)
	}}
	edge := httptest.NewServer(proxy)
	defer edge.Close()

	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	paths := []string{"/api/users", "/assets/app.js", "/api/orders"}
	inFlight.Add(len(paths))
	bodies := make([]string, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := client.Get(edge.URL + p)
			if err != nil {
				bodies[i] = err.Error()
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			bodies[i] = string(b)
		}()
	}
	wg.Wait()
	sort.Strings(bodies)
	fmt.Fprintln(os.Stdout, strings.Join(bodies, "; "))
}
