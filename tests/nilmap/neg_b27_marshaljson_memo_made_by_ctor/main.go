// A billing service reports component health as JSON. Health's MarshalJSON memoizes each
// component's formatted uptime in a rendered map; the readiness handler builds its Health with
// NewHealth, which makes that map, so json.Marshal's call to MarshalJSON has a memo to fill.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

type Health struct {
	Service  string
	Started  map[string]time.Time
	now      time.Time
	rendered map[string]string
}

func NewHealth(service string, now time.Time) *Health {
	return &Health{
		Service:  service,
		Started:  make(map[string]time.Time),
		now:      now,
		rendered: make(map[string]string),
	}
}

func (h *Health) MarshalJSON() ([]byte, error) {
	out := struct {
		Service string            `json:"service"`
		Uptime  map[string]string `json:"uptime"`
	}{Service: h.Service, Uptime: make(map[string]string, len(h.Started))}
	for name, since := range h.Started {
		s, ok := h.rendered[name]
		if !ok {
			s = h.now.Sub(since).Round(time.Second).String()
			h.rendered[name] = s
		}
		out.Uptime[name] = s
	}
	return json.Marshal(out)
}

var boot = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

func readiness(w http.ResponseWriter, r *http.Request) {
	now := boot.Add(95 * time.Second)
	h := NewHealth("billing", now)
	h.Started["postgres"] = boot
	h.Started["ledger-queue"] = boot.Add(30 * time.Second)
	body, err := json.Marshal(h)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

func main() {
	rec := httptest.NewRecorder()
	readiness(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	fmt.Println(rec.Code, rec.Body.String())
}
