// A sidecar samples its process stats on a ticker in a background goroutine and serves them as
// JSON on /debug/stats. The sampler writes the stats map without the lock the handler takes
// while json.Marshal ranges over the map.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

type Sampler struct {
	mu      sync.Mutex
	stats   map[string]int64
	warm    chan struct{}
	samples int64
}

func NewSampler() *Sampler {
	return &Sampler{stats: map[string]int64{}, warm: make(chan struct{})}
}

func (s *Sampler) sample() {
	s.samples++
	s.stats["samples"] = s.samples // want "concurrent map write"
}

func (s *Sampler) Run(ticks int, wg *sync.WaitGroup) {
	defer wg.Done()
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	s.sample()
	close(s.warm)
	for i := 0; i < ticks; i++ {
		<-t.C
		s.sample()
	}
}

func (s *Sampler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	<-s.warm
	s.mu.Lock()
	body, err := json.Marshal(s.stats) // other access
	s.mu.Unlock()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

func main() {
	s := NewSampler()
	mux := http.NewServeMux()
	mux.Handle("/debug/stats", s)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var wg sync.WaitGroup
	wg.Add(1)
	go s.Run(5, &wg)
	resp, err := http.Get(srv.URL + "/debug/stats")
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	wg.Wait()
	fmt.Println(resp.StatusCode, len(body) > 0)
}
