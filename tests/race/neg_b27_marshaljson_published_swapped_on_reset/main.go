// A status endpoint encodes its Status with json.NewEncoder, and Status.MarshalJSON records each
// line it renders in a published map for the debug page. The admin reset endpoint does not empty
// the map in place: it swaps in a fresh map through an atomic.Pointer, and MarshalJSON writes
// into the map it loaded, which the reset never touches.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
)

type Status struct {
	Latency   map[string]float64 // p99 in milliseconds per region, fixed at start-up
	published atomic.Pointer[map[string]string]
}

func (s *Status) MarshalJSON() ([]byte, error) {
	out := make(map[string]string, len(s.Latency))
	published := *s.published.Load()
	for region, ms := range s.Latency {
		line := strconv.FormatFloat(ms, 'f', 1, 64) + "ms p99"
		published[region] = line
		out[region] = line
	}
	return json.Marshal(out)
}

type server struct{ status *Status }

func (sv *server) handleStatus(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(sv.status); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func (sv *server) handleReset(w http.ResponseWriter, r *http.Request) {
	fresh := make(map[string]string)
	sv.status.published.Store(&fresh)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	sv := &server{status: &Status{Latency: map[string]float64{"eu-west": 41.5, "us-east": 87.25}}}
	initial := make(map[string]string)
	sv.status.published.Store(&initial)
	reset := httptest.NewRecorder()
	var wg sync.WaitGroup
	wg.Go(func() { sv.handleReset(reset, httptest.NewRequest(http.MethodPost, "/debug/reset", nil)) })
	status := httptest.NewRecorder()
	sv.handleStatus(status, httptest.NewRequest(http.MethodGet, "/status", nil))
	wg.Wait()
	fmt.Print(reset.Code, " ", status.Code, " ", status.Body.String())
}
