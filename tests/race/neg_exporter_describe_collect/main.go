// A Prometheus-style exporter: the registry runs a collector's Describe and Collect at the
// same time. The queue exporter remembers the last sample of each queue in Collect and
// describes exactly those queues in Describe, both under the exporter's mutex.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Collector interface {
	Describe(ch chan<- string)
	Collect(ch chan<- string)
}

type queueExporter struct {
	depth func() map[string]int // queue -> depth, from the broker
	mu    sync.Mutex
	last  map[string]int
}

func (e *queueExporter) Describe(ch chan<- string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for q := range e.last {
		ch <- "queue_depth{queue=" + strconv.Quote(q) + "}"
	}
}

func (e *queueExporter) Collect(ch chan<- string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for q, d := range e.depth() {
		e.last[q] = d
		ch <- q + " " + strconv.Itoa(d)
	}
}

type registry struct {
	collectors []Collector
	barrier    func() // lets a test line up Describe and Collect
}

// gather runs Describe and Collect of every collector concurrently, as a scrape does.
func (r *registry) gather() (descs, samples []string) {
	dch := make(chan string, 64)
	sch := make(chan string, 64)
	var wg sync.WaitGroup
	for _, c := range r.collectors {
		wg.Go(func() {
			r.barrier()
			c.Collect(sch)
		})
		r.barrier()
		c.Describe(dch)
	}
	wg.Wait()
	close(dch)
	close(sch)
	for d := range dch {
		descs = append(descs, d)
	}
	for s := range sch {
		samples = append(samples, s)
	}
	sort.Strings(samples)
	return descs, samples
}

func main() {
	broker := func() map[string]int { return map[string]int{"emails": 12, "billing": 3} }
	exp := &queueExporter{depth: broker, last: map[string]int{"emails": 10}}
	var ready sync.WaitGroup
	ready.Add(2)
	reg := &registry{collectors: []Collector{exp}, barrier: func() { ready.Done(); ready.Wait() }}
	descs, samples := reg.gather()
	fmt.Println(len(descs) > 0, samples)
}
