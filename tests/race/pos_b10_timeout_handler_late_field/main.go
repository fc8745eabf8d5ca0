// An API's access-log middleware gives each request a map of log fields through its context and
// writes the log line when the inner handler returns. The inner handler is wrapped in
// http.TimeoutHandler, which returns on the deadline while the handler goroutine keeps running, so
// the handler records its error field while the middleware ranges over the fields.
package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"time"
)

type fieldsKey struct{}

type accessLog struct {
	lines   []string
	working sync.WaitGroup // handlers still running, awaited on shutdown
}

func (l *accessLog) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fields := map[string]string{"path": r.URL.Path}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), fieldsKey{}, fields)))
		var parts []string
		for k, v := range fields { // other access
			parts = append(parts, k+"="+v)
		}
		sort.Strings(parts)
		l.lines = append(l.lines, strings.Join(parts, " "))
	})
}

// queryReport stands for a database call that hangs until the request's context ends.
func queryReport(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// tracked counts the handler as working until it returns.
func (l *accessLog) tracked(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer l.working.Done()
		next.ServeHTTP(w, r)
	})
}

func (l *accessLog) report(w http.ResponseWriter, r *http.Request) {
	fields := r.Context().Value(fieldsKey{}).(map[string]string)
	if err := queryReport(r.Context()); err != nil {
		fields["error"] = err.Error() // want "concurrent map write"
		return
	}
	w.Write([]byte("report ready"))
}

func main() {
	log := &accessLog{}
	report := log.tracked(http.HandlerFunc(log.report))
	h := log.middleware(http.TimeoutHandler(report, 5*time.Millisecond, "timed out"))
	req := httptest.NewRequest(http.MethodGet, "/reports/monthly", nil)
	rec := httptest.NewRecorder()
	log.working.Add(1)
	h.ServeHTTP(rec, req)
	log.working.Wait()
	println(rec.Code, strings.Join(log.lines, "\n"))
}
