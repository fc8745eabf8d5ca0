// An orders API hands every write request to an audit goroutine so the response is not delayed.
// The handler gives the audit goroutine a clone of the request's header map, and the goroutine
// stamps its sequence number into the clone, so the access-log middleware, ranging over the
// request's header map after the handler returned, reads a map nobody else writes.
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
	h["X-Audit-Seq"] = []string{strconv.FormatInt(a.seq.Add(1), 10)}
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
		go o.audit.record(r.Header.Clone(), r.Method, r.URL.Path)
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
		for k := range r.Header {
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
