// A health service probes its dependencies in a background goroutine, storing each result in a
// map under a RWMutex, and serves a status page rendered with html/template. The handler passes
// the live map to Execute, whose {{range}} iterates it without the lock, while the prober is
// storing its next result.
package main

import (
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

var page = template.Must(template.New("status").Parse(
	`<ul>{{range $dep, $state := .}}<li>{{$dep}}: {{$state}}</li>{{end}}</ul>`))

type Health struct {
	mu     sync.RWMutex
	status map[string]string
}

func (h *Health) probe(deps []string) {
	for _, dep := range deps {
		state := "ok"
		if strings.HasPrefix(dep, "legacy-") {
			state = "degraded"
		}
		h.mu.Lock()
		h.status[dep] = state // want "concurrent map write"
		h.mu.Unlock()
	}
}

func (h *Health) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(w, h.status); err != nil { // other access
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func main() {
	h := &Health{status: map[string]string{"postgres": "unknown", "redis": "unknown"}}
	var wg sync.WaitGroup
	wg.Go(func() {
		h.probe([]string{"postgres", "redis", "legacy-billing"})
	})

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/status", nil))
	wg.Wait()
	fmt.Println(rec.Code, len(rec.Body.String()) > 0)
}
