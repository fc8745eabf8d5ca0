// A status endpoint encodes its Status with json.NewEncoder, and Status.MarshalJSON records each
// line it renders in a published map for the debug page. MarshalJSON and the admin reset
// endpoint both hold the Status mutex around the map, so a reset during an encode waits.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

type Status struct {
	Latency   map[string]float64 // p99 in milliseconds per region, fixed at start-up
	mu        sync.Mutex
	published map[string]string
}

func (s *Status) MarshalJSON() ([]byte, error) {
	out := make(map[string]string, len(s.Latency))
	for region, ms := range s.Latency {
		line := strconv.FormatFloat(ms, 'f', 1, 64) + "ms p99"
		s.mu.Lock()
		s.published[region] = line
		s.mu.Unlock()
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
	sv.status.mu.Lock()
	clear(sv.status.published)
	sv.status.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	sv := &server{status: &Status{
		Latency:   map[string]float64{"eu-west": 41.5, "us-east": 87.25},
		published: make(map[string]string),
	}}
	reset := httptest.NewRecorder()
	var wg sync.WaitGroup
	wg.Go(func() { sv.handleReset(reset, httptest.NewRequest(http.MethodPost, "/debug/reset", nil)) })
	status := httptest.NewRecorder()
	sv.handleStatus(status, httptest.NewRequest(http.MethodGet, "/status", nil))
	wg.Wait()
	fmt.Print(reset.Code, " ", status.Code, " ", status.Body.String())
}
