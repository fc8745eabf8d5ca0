// An orders API hands every write request to an audit goroutine so the response is not delayed.
// The audit goroutine stamps a sequence number into the request's own header map before
// forwarding it, while the access-log middleware, after the handler returned, ranges over the
// same header map to log it.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Auditor struct {
	seq  atomic.Int64
	wg   sync.WaitGroup
	sent atomic.Int64
}

func (a *Auditor) record(h http.Header, method, path string) {
	defer a.wg.Done()
	h["X-Audit-Seq"] = []string{strconv.FormatInt(a.seq.Add(1), 10)} // want "concurrent map write"
	if method != "" && path != "" {
		a.sent.Add(1)
	}
}

type orders struct {
	audit *Auditor
}

func (o *orders) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		o.audit.wg.Add(1)
		go o.audit.record(r.Header, r.Method, r.URL.Path)
	}
	w.WriteHeader(http.StatusAccepted)
}

type logLines struct {
	mu    sync.Mutex
	lines []string
}

func accessLog(next http.Handler, out *logLines) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		var keys []string
		for k := range r.Header { // other access
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out.mu.Lock()
		out.lines = append(out.lines, r.Method+" "+r.URL.Path+" headers="+strings.Join(keys, ","))
		out.mu.Unlock()
	})
}

func main() {
	a := &Auditor{}
	var out logLines
	h := accessLog(&orders{audit: a}, &out)
	req := httptest.NewRequest(http.MethodPost, "/v1/orders", strings.NewReader(`{"sku":"A-1"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	a.wg.Wait()
	fmt.Println(rec.Code, out.lines, "audited", a.sent.Load())
}
