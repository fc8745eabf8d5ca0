// A logging middleware builds each request's tags from the service's base tags. tagsFor
// makes the base lazily under the lock, but returns the base map itself rather than a copy,
// so every request writes its path into one long-lived map.
package main

import (
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type logger struct {
	mu      sync.Mutex
	service string
	base    map[string]string
}

func (l *logger) tagsFor(r *http.Request) map[string]string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.base == nil {
		l.base = map[string]string{"service": l.service, "region": "eu-west-1"}
	}
	return l.base
}

func encode(tags map[string]string) string {
	parts := make([]string, 0, len(tags))
	for k, v := range tags { // other access
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func (l *logger) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tags := l.tagsFor(r)
		tags["path"] = r.URL.Path // want "concurrent map write"
		w.Header().Set("X-Log-Tags", encode(tags))
		next.ServeHTTP(w, r)
	})
}

func main() {
	l := &logger{service: "billing"}
	h := l.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
	// two requests arrive at the same time
	var ready, wg sync.WaitGroup
	ready.Add(2)
	recs := []*httptest.ResponseRecorder{httptest.NewRecorder(), httptest.NewRecorder()}
	for i, path := range []string{"/invoices", "/refunds"} {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		wg.Go(func() {
			ready.Done()
			ready.Wait()
			h.ServeHTTP(recs[i], req)
		})
	}
	wg.Wait()
	for _, rec := range recs {
		println(rec.Code, rec.Header().Get("X-Log-Tags") != "")
	}
}
