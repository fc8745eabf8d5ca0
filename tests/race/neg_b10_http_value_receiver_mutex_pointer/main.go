// A file server counts transfers per client for its monthly quota report. Its handlers are
// registered as method values of a Server with value receivers, so every call works on a copy of
// the Server; the mutex is held by pointer, so every copy locks the one mutex that guards the
// usage map.
package main

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

type Server struct {
	mu    *sync.Mutex
	usage map[string]int // bytes transferred per client
	quota int
}

func NewServer(quota int) Server {
	return Server{mu: new(sync.Mutex), usage: make(map[string]int), quota: quota}

}

func (s Server) record(client string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.usage[client] += n
}

func (s Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.Header.Get("Content-Length"))
	s.record(r.Header.Get("X-Client"), n)
	w.WriteHeader(http.StatusCreated)
}

func (s Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	const size = 4096
	s.record(r.Header.Get("X-Client"), size)
	w.Write(make([]byte, size))
}

func request(method, target, client, length string) *http.Request {
	r := httptest.NewRequest(method, target, nil)
	r.Header.Set("X-Client", client)
	r.Header.Set("Content-Length", length)
	return r
}

func main() {
	srv := NewServer(1 << 20)
	routes := map[string]http.HandlerFunc{
		"/upload":   srv.handleUpload,
		"/download": srv.handleDownload,
	}
	up := request(http.MethodPut, "/upload", "ci-runner", "2048")
	down := request(http.MethodGet, "/download", "ci-runner", "0")
	upRec, downRec := httptest.NewRecorder(), httptest.NewRecorder()

	var wg sync.WaitGroup
	start := make(chan struct{})
	wg.Go(func() {
		<-start
		routes["/upload"].ServeHTTP(upRec, up)
	})
	close(start)
	routes["/download"].ServeHTTP(downRec, down)
	wg.Wait()
	println("upload", upRec.Code, "download", downRec.Code)
}
