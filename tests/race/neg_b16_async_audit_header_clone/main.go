// An API gateway's middleware hands a clone of the request headers to an asynchronous audit
// logger and then strips the Authorization header before proxying, so the delete touches a map
// the audit goroutine never reads.
package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
)

type Audit struct {
	wg    sync.WaitGroup
	lines chan string
}

func (a *Audit) Record(method, path string, h http.Header) {
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		ua := h.Get("User-Agent")
		a.lines <- method + " " + path + " ua=" + ua
	}()
}

func (a *Audit) Close() []string {
	a.wg.Wait()
	close(a.lines)
	var out []string
	for l := range a.lines {
		out = append(out, l)
	}
	return out
}

func gateway(audit *Audit, upstream http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		audit.Record(r.Method, r.URL.Path, r.Header.Clone())
		// Credentials are checked at the edge and must not reach the upstream service.
		delete(r.Header, "Authorization")
		upstream.ServeHTTP(w, r)
	})
}

func main() {
	audit := &Audit{lines: make(chan string, 16)}
	upstream := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			http.Error(w, "credentials leaked upstream", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	h := gateway(audit, upstream)

	req := httptest.NewRequest(http.MethodPost, "/v1/charges", strings.NewReader(`{"amount":1200}`))
	req.Header.Set("Authorization", "Bearer sk_live_123")
	req.Header.Set("User-Agent", "billing-cli/2.3")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	lines := audit.Close()
	os.Stdout.WriteString(strings.Join(lines, "\n") + "\n")
	os.Stdout.WriteString("upstream said " + http.StatusText(rec.Code) + "\n")
}
