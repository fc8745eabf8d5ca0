// A tracing middleware gives each span an annotate func built by newAnnotator, which closes
// over the attribute map it is handed. startSpan makes the span's map first and hands that map
// to newAnnotator, so the closure and the span share one real map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"time"
)

type span struct {
	name     string
	start    time.Time
	attrs    map[string]string
	annotate func(k, v string)
}

func newAnnotator(attrs map[string]string) func(k, v string) {
	return func(k, v string) {
		attrs[k] = v
	}
}

func startSpan(name string) *span {
	s := &span{name: name, start: time.Unix(1700000000, 0)}
	s.attrs = make(map[string]string, 8)
	s.annotate = newAnnotator(s.attrs)
	return s
}

func (s *span) finish() string {
	keys := make([]string, 0, len(s.attrs))
	for k := range s.attrs {
		keys = append(keys, k+"="+s.attrs[k])
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s %v", s.name, keys)
}

func traced(next func(http.ResponseWriter, *http.Request, *span)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sp := startSpan(r.Method + " " + r.URL.Path)
		sp.annotate("http.method", r.Method)
		next(w, r, sp)
		fmt.Println(sp.finish())
	}
}

func main() {
	h := traced(func(w http.ResponseWriter, r *http.Request, sp *span) {
		sp.annotate("user", r.URL.Query().Get("user"))
		w.WriteHeader(http.StatusOK)
		sp.annotate("http.status", strconv.Itoa(http.StatusOK))
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/cart?user=ada", nil))
	fmt.Println(rec.Code)
}
