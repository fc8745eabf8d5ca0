// A readiness endpoint runs its dependency probes in parallel. The status map is filled with
// every probe's name before the probes start, and each probe only overwrites its own key,
// which the author believed safe; a map assignment is a write to the whole map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Probe interface {
	Name() string
	Check() error
}

type staticProbe struct {
	name string
	err  error
}

func (p staticProbe) Name() string { return p.name }
func (p staticProbe) Check() error { return p.err }

type Readiness struct {
	probes []Probe
	status map[string]string
}

func NewReadiness(probes ...Probe) *Readiness {
	r := &Readiness{probes: probes, status: make(map[string]string, len(probes))}
	for _, p := range probes {
		r.status[p.Name()] = "unknown"
	}
	return r
}

func (r *Readiness) record(name string, err error) {
	state := "ok"
	if err != nil {
		state = "failing"
	}
	r.status[name] = state // want "concurrent map write"
}

func (r *Readiness) Refresh() {
	var started, done sync.WaitGroup
	started.Add(len(r.probes))
	done.Add(len(r.probes))
	for _, p := range r.probes {
		go func(p Probe) {
			defer done.Done()
			started.Done()
			started.Wait() // probes are fired in one wave
			r.record(p.Name(), p.Check())
		}(p)
	}
	done.Wait()
}

func (r *Readiness) Report() string {
	lines := make([]string, 0, len(r.status))
	for name, s := range r.status {
		lines = append(lines, name+"="+s)
	}
	sort.Strings(lines)
	return strings.Join(lines, " ")
}

func main() {
	r := NewReadiness(staticProbe{name: "postgres"}, staticProbe{name: "redis", err: fmt.Errorf("timeout")})
	r.Refresh()
	fmt.Println(r.Report())
}
