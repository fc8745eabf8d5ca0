// A telemetry agent runs one ingest stage for logs and one for metrics. Each stage embeds a
// pointer to the agent's Metrics so it can count what it processed through the promoted
// field; both stages are handed the same Metrics and run at once (started as method values),
// and the counting is not locked.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Metrics struct {
	processed map[string]int // stage -> records processed
}

type stage struct {
	*Metrics
	name  string
	input []string
	ready *sync.WaitGroup
}

func (s *stage) run() {
	s.ready.Done()
	s.ready.Wait() // both stages have started
	for _, rec := range s.input {
		if strings.TrimSpace(rec) == "" {
			continue
		}
		s.processed[s.name]++ // want "concurrent map write"
	}
}

func main() {
	m := &Metrics{processed: make(map[string]int)}
	var ready, wg sync.WaitGroup
	ready.Add(2)
	stages := []*stage{
		{Metrics: m, name: "logs", input: []string{"GET / 200", "", "POST /login 302"}, ready: &ready},
		{Metrics: m, name: "metrics", input: []string{"cpu 0.42", "mem 0.77"}, ready: &ready},
	}
	for _, st := range stages {
		wg.Go(st.run)
	}
	wg.Wait()
	fmt.Println(m.processed["logs"], m.processed["metrics"])
}
