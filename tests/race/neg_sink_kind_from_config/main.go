// A stream processor writes per-stage metrics to a Sink chosen by its config. The summing
// sink locks; the last-value sink was written for the single-threaded CLI and does not. The
// service config selects "sum", so the stages' goroutines only ever observe into the locked
// sink.
package main

import (
	"fmt"
	"sync"
)

type Sink interface {
	Observe(metric string, v float64)
	Get(metric string) float64
}

type sumSink struct {
	mu   sync.Mutex
	sums map[string]float64
}

func (s *sumSink) Observe(metric string, v float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sums[metric] += v
}

func (s *sumSink) Get(metric string) float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sums[metric]
}

type lastSink struct {
	last map[string]float64
}

func (s *lastSink) Observe(metric string, v float64) {
	s.last[metric] = v
}

func (s *lastSink) Get(metric string) float64 { return s.last[metric] }

type Config struct {
	SinkKind string
	Stages   []string
}

func newSink(kind string) Sink {
	if kind == "last" {
		return &lastSink{last: map[string]float64{}}
	}
	return &sumSink{sums: map[string]float64{}}
}

func runPipeline(cfg Config, records []float64) Sink {
	sink := newSink(cfg.SinkKind)
	var ready, done sync.WaitGroup
	ready.Add(len(cfg.Stages))
	done.Add(len(cfg.Stages))
	for _, stage := range cfg.Stages {
		go func(stage string) {
			defer done.Done()
			ready.Done()
			ready.Wait()
			for _, r := range records {
				sink.Observe(stage+".bytes", r)
			}
		}(stage)
	}
	done.Wait()
	return sink
}

func main() {
	cfg := Config{SinkKind: "sum", Stages: []string{"decode", "enrich"}}
	sink := runPipeline(cfg, []float64{512, 2048})
	fmt.Println(sink.Get("decode.bytes"), sink.Get("enrich.bytes"))
}
