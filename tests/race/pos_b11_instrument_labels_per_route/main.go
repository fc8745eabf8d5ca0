// A metrics middleware builds each route's label set once, when the route is wrapped, and sets the
// status code label in it on every request before handing it to the recorder. Requests to one
// route run concurrently, so they write the shared label map; the recorder's own lock does not
// cover the write, which happens before Observe takes it.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Recorder struct {
	mu     sync.Mutex
	series map[string]int
}

func (rec *Recorder) Observe(labels map[string]string) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	parts := []string{}
	for k, v := range labels { // other access
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	rec.series[strings.Join(parts, ",")]++
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (s *statusWriter) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

func instrument(route string, rec *Recorder, next http.HandlerFunc) http.HandlerFunc {
	labels := map[string]string{"route": route}
	return func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		next(sw, r)
		labels["code"] = strconv.Itoa(sw.code) // want "concurrent map write"
		rec.Observe(labels)
	}
}

func getUser(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, "/0") {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.Write([]byte(`{"id":` + strconv.Quote(r.URL.Path) + `}`))
}

func main() {
	rec := &Recorder{series: make(map[string]int)}
	h := instrument("/users/{id}", rec, getUser)

	var wg sync.WaitGroup
	gate := make(chan struct{})
	hold := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-gate
		h(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/users/0", nil))
		<-hold
	}()
	close(gate)
	h(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/users/42", nil))
	close(hold)
	wg.Wait()
	fmt.Println(len(rec.series), "series")
}
