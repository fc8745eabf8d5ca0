// An export service wraps its handler in http.TimeoutHandler and records each job's outcome:
// the middleware marks a job "timed out" when the wrapper answered 503, and the handler, whose
// request context the deadline cancels, marks it "cancelled" on its way out. TimeoutHandler
// answers without waiting for the handler's goroutine, so both write the outcome map at once,
// the middleware without the lock.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

type exports struct {
	mu      sync.Mutex
	outcome map[string]string // job id -> outcome
	backend chan string       // reports from the (stuck) report backend
	running sync.WaitGroup    // handlers still running, for graceful shutdown
}

func (e *exports) serve(h http.Handler, id string) int {
	rec := httptest.NewRecorder()
	e.running.Add(1)
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/export?job="+id, nil))
	if rec.Code == http.StatusServiceUnavailable {
		e.outcome[id] = "timed out" // want "concurrent map write"
	}
	return rec.Code
}

func (e *exports) handle(w http.ResponseWriter, r *http.Request) {
	defer e.running.Done()
	id := r.URL.Query().Get("job")
	select {
	case report := <-e.backend:
		w.Write([]byte(report))
	case <-r.Context().Done():
		e.mu.Lock()
		e.outcome[id] = "cancelled: " + r.Context().Err().Error() // other access
		e.mu.Unlock()
	}
}

func main() {
	e := &exports{outcome: map[string]string{}, backend: make(chan string)}
	h := http.TimeoutHandler(http.HandlerFunc(e.handle), 2*time.Millisecond, "export timed out")
	code := e.serve(h, "j-17")
	e.running.Wait()
	fmt.Println(code, len(e.outcome))
}
