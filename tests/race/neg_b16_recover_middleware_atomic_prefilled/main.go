// A recovery middleware turns handler panics into 500s and counts them per route. Wrap adds the
// route's counter to the map while the routes are set up, before any request; the deferred
// recoveries of two concurrent requests only look the counter up and add to it atomically.
package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

type Recoverer struct {
	panics map[string]*atomic.Int64
}

func (rc *Recoverer) Wrap(route string, next http.Handler) http.Handler {
	rc.panics[route] = new(atomic.Int64)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				rc.panics[route].Add(1)
				w.WriteHeader(http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func main() {
	rc := &Recoverer{panics: make(map[string]*atomic.Int64)}
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
	os.Stdout.WriteString("panics on /export: " + strconv.FormatInt(rc.panics["/export"].Load(), 10) + "\n")
}
