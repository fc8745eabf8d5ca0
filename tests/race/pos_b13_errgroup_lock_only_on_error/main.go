// A readiness prober checks every dependency in parallel with errgroup and records each
// outcome in a status map. record takes the mutex only when the check failed, on the theory
// that only failures share state (they also append to the incident log), so two probes that
// succeed write the status map at the same time without it. The fake checks wait for each
// other at a start barrier, as probes started together do.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Prober struct {
	mu        sync.Mutex
	status    map[string]string
	incidents []string
}

func (p *Prober) record(dep string, err error) {
	outcome := "ok"
	if err != nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.incidents = append(p.incidents, dep+": "+err.Error())
		outcome = "failing"
	}
	p.status[dep] = outcome // want "concurrent map write"
}

func main() {
	deps := []string{"postgres", "redis", "kafka"}
	var start sync.WaitGroup
	start.Add(len(deps))
	check := func(dep string) error {
		start.Done()
		start.Wait()
		if dep == "kafka" {
			return errors.New("no brokers reachable")
		}
		return nil
	}

	p := &Prober{status: make(map[string]string)}
	var g errgroup.Group
	for _, dep := range deps {
		g.Go(func() error {
			err := check(dep)
			p.record(dep, err)
			return err
		})
	}
	err := g.Wait()

	names := make([]string, 0, len(p.status))
	for dep, s := range p.status {
		names = append(names, dep+"="+s)
	}
	sort.Strings(names)
	fmt.Println(names, len(p.incidents), "incidents; ready:", err == nil)
}
