// An access-log middleware shares a per-request fields map with the handler through the
// request context, next to a mutex; the handler, run by http.TimeoutHandler in a goroutine
// of its own, records its field under the mutex, and the middleware logs under it too.
package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type fieldsKey struct{}

type logFields struct {
	mu     sync.Mutex
	values map[string]string
}

func withAccessLog(next http.Handler, out *strings.Builder) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fields := &logFields{values: map[string]string{"path": r.URL.Path}}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), fieldsKey{}, fields)))
		var parts []string
		fields.mu.Lock()
		defer fields.mu.Unlock()
		for k, v := range fields.values {
			parts = append(parts, k+"="+v)
		}
		sort.Strings(parts)
		out.WriteString(strings.Join(parts, " "))
	})
}

type reportHandler struct {
	renderer chan string // a slow template service
	finished sync.WaitGroup
}

func (h *reportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer h.finished.Done()
	fields := r.Context().Value(fieldsKey{}).(*logFields)
	rows := 42 // counted by the query
	fields.mu.Lock()
	fields.values["rows"] = strconv.Itoa(rows)
	fields.mu.Unlock()
	page := <-h.renderer
	w.Write([]byte(page + ": " + strconv.Itoa(rows) + " rows"))
}

func main() {
	report := &reportHandler{renderer: make(chan string)}
	var logLine strings.Builder
	h := withAccessLog(http.TimeoutHandler(report, time.Millisecond, "timeout"), &logLine)
	rec := httptest.NewRecorder()
	report.finished.Add(1)
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/reports/daily", nil))
	report.renderer <- "daily report"
	report.finished.Wait()
	os.Stdout.WriteString(strconv.Itoa(rec.Code) + " " + logLine.String() + "\n")
}
