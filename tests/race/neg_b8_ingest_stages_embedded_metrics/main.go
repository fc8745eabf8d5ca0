// A telemetry agent runs one ingest stage for logs and one for metrics. Each stage embeds a
// pointer to a Metrics so it can count what it processed through the promoted field; every
// stage gets a Metrics of its own, and the agent adds them up after both stages have finished.
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
		s.processed[s.name]++
	}
}

func main() {
	var ready, wg sync.WaitGroup
	ready.Add(2)
	stages := []*stage{
		{Metrics: &Metrics{processed: make(map[string]int)}, name: "logs", input: []string{"GET / 200", "", "POST /login 302"}, ready: &ready},
		{Metrics: &Metrics{processed: make(map[string]int)}, name: "metrics", input: []string{"cpu 0.42", "mem 0.77"}, ready: &ready},
	}
	for _, st := range stages {
		wg.Go(st.run)
	}
	wg.Wait()
	total := make(map[string]int)
	for _, st := range stages {
		for k, n := range st.processed {
			total[k] += n
		}
	}
	fmt.Println(total["logs"], total["metrics"])
}
