// A recovery middleware turns handler panics into 500s and counts them per route in a map
// guarded by its mutex. Two requests to a route whose handler panics are served at once, and
// the deferred recoveries take turns bumping the count.
package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
)

type Recoverer struct {
	mu     sync.Mutex
	panics map[string]int
}

func (rc *Recoverer) Wrap(route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				rc.mu.Lock()
				rc.panics[route]++
				rc.mu.Unlock()
				w.WriteHeader(http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func main() {
	rc := &Recoverer{panics: make(map[string]int)}
	var inFlight sync.WaitGroup
	inFlight.Add(2)
	export := rc.Wrap("/export", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Both requests reach the handler before either fails.
		inFlight.Done()
		inFlight.Wait()
		var rows []string
		_ = rows[len(r.URL.Query().Get("page"))]
	}))

	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			export.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?page="+strconv.Itoa(i), nil))
		}()
	}
	wg.Wait()
	os.Stdout.WriteString("panics on /export: " + strconv.Itoa(rc.panics["/export"]) + "\n")
}
