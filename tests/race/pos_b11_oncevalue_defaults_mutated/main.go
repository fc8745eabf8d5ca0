// An edge server builds its default response headers once with sync.OnceValue. The handler treats
// the returned map as its own and adds the request id to it before copying it into the response,
// so two requests served at once write the one shared map, and one's copy loop reads it while the
// other writes.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

var defaultHeaders = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"Server":                 "edge/1.9",
		"X-Content-Type-Options": "nosniff",
		"Cache-Control":          "no-store",
	}
})

func serveAsset(w http.ResponseWriter, r *http.Request) {
	h := defaultHeaders()
	h["X-Request-Id"] = r.Header.Get("X-Request-Id") // want "concurrent map write"
	for k, v := range h {                            // other access
		w.Header().Set(k, v)
	}
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("asset " + r.URL.Path))
}

func request(path, id string) *http.Request {
	r := httptest.NewRequest(http.MethodGet, path, nil)
	r.Header.Set("X-Request-Id", id)
	return r
}

func main() {
	reqA := request("/static/app.js", "req-a1")
	reqB := request("/static/app.css", "req-b2")
	recA, recB := httptest.NewRecorder(), httptest.NewRecorder()

	ready := make(chan struct{})
	served := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the connection goroutine of another client
		defer wg.Done()
		close(ready)
		serveAsset(recA, reqA)
		<-served
	}()
	<-ready
	serveAsset(recB, reqB)
	close(served)
	wg.Wait()
	fmt.Println(recA.Code, recA.Header().Get("X-Request-Id"), recB.Code, recB.Header().Get("X-Request-Id"))
}
