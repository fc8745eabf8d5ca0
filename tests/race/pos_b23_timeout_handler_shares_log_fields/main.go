// An access-log middleware puts a per-request fields map into the request context and logs
// the fields once the handler returns. The handler is wrapped in http.TimeoutHandler, which
// runs it in a goroutine of its own and returns at the deadline while the handler still
// waits on the renderer, so the field it recorded and the logging range are unordered.
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

func withAccessLog(next http.Handler, out *strings.Builder) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fields := map[string]string{"path": r.URL.Path}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), fieldsKey{}, fields)))
		var parts []string
		for k, v := range fields { // other access
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
	fields := r.Context().Value(fieldsKey{}).(map[string]string)
	rows := 42                          // counted by the query
	fields["rows"] = strconv.Itoa(rows) // want "concurrent map write"
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
