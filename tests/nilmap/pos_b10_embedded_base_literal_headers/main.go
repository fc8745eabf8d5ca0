// An API gateway's endpoint types embed a base that carries default response headers. NewBase
// makes the header map, but the metrics endpoint is declared as a struct literal that leaves its
// embedded base zero, so the promoted SetHeader writes into a nil map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type Base struct {
	name    string
	headers map[string]string
}

func NewBase(name string) Base {
	return Base{name: name, headers: map[string]string{"Cache-Control": "no-store"}}
}

func (b *Base) SetHeader(k, v string) { b.headers[k] = v } // want "nil map"

func (b *Base) writeHeaders(w http.ResponseWriter) {
	for k, v := range b.headers {
		w.Header().Set(k, v)
	}
}

type HealthEndpoint struct {
	Base
}

func (h *HealthEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.writeHeaders(w)
	fmt.Fprintln(w, "ok")
}

type MetricsEndpoint struct {
	Base
	format string
}

func (m *MetricsEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	m.writeHeaders(w)
	fmt.Fprintf(w, "# format %s\nrequests_total 42\n", m.format)
}

func main() {
	health := &HealthEndpoint{Base: NewBase("health")}
	metrics := &MetricsEndpoint{format: "prometheus"}
	health.SetHeader("X-Endpoint", "health")
	metrics.SetHeader("Content-Type", "text/plain; version=0.0.4")
	mux := http.NewServeMux()
	mux.Handle("/healthz", health)
	mux.Handle("/metrics", metrics)
	for _, p := range []string{"/healthz", "/metrics"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		fmt.Print(rec.Header(), " ", rec.Body.String())
	}
}
