// An HTTP service's recovery middleware turns handler panics into 500s and counts them per route
// for the dashboard. Ordinary responses and the deferred recover path both count under the
// metrics mutex, so two export requests that crash at the same time take turns on the panics map.
package main

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

var errUnknownFormat = errors.New("export: unknown format")

type Metrics struct {
	mu     sync.Mutex
	status map[int]int
	panics map[string]int
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

func (m *Metrics) Recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				m.mu.Lock()
				m.panics[r.URL.Path]++
				m.mu.Unlock()
				w.WriteHeader(http.StatusInternalServerError)
				io.WriteString(w, "internal error\n")
			}
		}()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(rec, r)
		m.mu.Lock()
		m.status[rec.code]++
		m.mu.Unlock()
	})
}

func export(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("format") {
	case "csv":
		io.WriteString(w, "id,total\n1,30\n")
	default:
		panic(errUnknownFormat) // a bug report for another day
	}
}

func main() {
	m := &Metrics{status: make(map[int]int), panics: make(map[string]int)}
	mux := http.NewServeMux()
	mux.HandleFunc("/export", export)
	h := m.Recover(mux)

	first := httptest.NewRequest(http.MethodGet, "/export?format=xlsx", nil)
	second := httptest.NewRequest(http.MethodGet, "/export?format=parquet", nil)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		h.ServeHTTP(httptest.NewRecorder(), first)
	}()
	h.ServeHTTP(httptest.NewRecorder(), second)
	wg.Wait()

	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/export?format=csv", nil))
	println("panics:", m.panics["/export"], "ok:", m.status[http.StatusOK])
}
