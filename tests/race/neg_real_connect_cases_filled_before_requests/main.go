// Reduced from connectrpc.com/connect v1.21.1, connect_ext_test.go:3173 (TestStreamUnexpectedEOF),
// where mapscope check reported the writes of `testcaseMux` by the calling goroutine racing with
// the handler registered at connect_ext_test.go:2945, which looks the test case up in that map.
// The handler is registered and the server started before the map is filled, but a handler runs
// only for a request, and the only requests come from clients the calling goroutine starts after
// its last write to the map; each request is therefore ordered after the writes. A near miss:
// the map is complete before the first request is sent. Our own rewrite.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

func main() {
	// Filled below, once the server's address is known.
	cases := make(map[string]http.HandlerFunc)

	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		serve, ok := cases[r.Header.Get("Test-Case")]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		_, _ = io.Copy(io.Discard, r.Body)
		serve(w, r)
	})
	server := httptest.NewServer(mux)
	defer server.Close()

	names := []string{"short-body", "extra-bytes", "no-trailer"}
	for i, name := range names {
		cases[name] = func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusOK + i)
		}
	}

	var clients sync.WaitGroup
	for _, name := range names {
		clients.Go(func() {
			req, err := http.NewRequest(http.MethodGet, server.URL+"/count", nil)
			if err != nil {
				return
			}
			req.Header.Set("Test-Case", name)
			resp, err := server.Client().Do(req)
			if err != nil {
				return
			}
			resp.Body.Close()
			fmt.Println(name, resp.StatusCode)
		})
	}
	clients.Wait()
}
