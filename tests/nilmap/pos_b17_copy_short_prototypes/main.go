// A job runner sizes its worker slice from the configured concurrency and copies the prototype
// workers into it with copy(); when the configuration asks for more workers than there are
// prototypes, the extra slots stay zero Workers whose counters map was never made.
package main

import (
	"fmt"
	"strings"
)

type Worker struct {
	Queue    string
	Counters map[string]int
}

func newWorker(queue string) Worker {
	return Worker{Queue: queue, Counters: make(map[string]int)}
}

type Config struct {
	Concurrency int
	Queues      []string
}

func startWorkers(cfg Config) []Worker {
	prototypes := make([]Worker, 0, len(cfg.Queues))
	for _, q := range cfg.Queues {
		prototypes = append(prototypes, newWorker(q))
	}
	workers := make([]Worker, cfg.Concurrency)
	copy(workers, prototypes)
	return workers
}

func run(workers []Worker, jobs []string) {
	for i, job := range jobs {
		w := &workers[i%len(workers)]
		kind, _, _ := strings.Cut(job, ":")
		w.Counters[kind]++ // want "nil map"
	}
}

func main() {
	cfg := Config{Concurrency: 3, Queues: []string{"email", "thumbnails"}}
	workers := startWorkers(cfg)
	run(workers, []string{
		"send:welcome",
		"resize:avatar-17",
		"send:digest",
		"resize:banner-2",
	})
	for i, w := range workers {
		fmt.Println(i, w.Queue, w.Counters)
	}
}
