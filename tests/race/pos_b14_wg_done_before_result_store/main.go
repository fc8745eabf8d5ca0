// A health prober checks every backend in its own goroutine and reports the latencies once
// the WaitGroup says all probes are done. A refactor moved wg.Done() up to "release the caller
// as soon as the probe returns", before the result is stored, so Wait can return while probes
// are still writing and the report ranges over the map they write. The pool's shutdown waits
// for the goroutines to exit, after the report.
package main

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Prober struct {
	latency map[string]time.Duration
	exited  sync.WaitGroup
	probe   func(addr string) time.Duration
}

func (p *Prober) CheckAll(addrs []string) string {
	var wg sync.WaitGroup
	for _, addr := range addrs {
		wg.Add(1)
		p.exited.Add(1)
		go func() {
			defer p.exited.Done()
			d := p.probe(addr)
			wg.Done()
			p.latency[addr] = d // want "concurrent map write"
		}()
	}
	wg.Wait()
	var rows []string
	for addr, d := range p.latency { // other access
		rows = append(rows, addr+" "+strconv.FormatInt(d.Microseconds(), 10)+"us")
	}
	sort.Strings(rows)
	return strings.Join(rows, "; ")
}

func (p *Prober) Shutdown() {
	p.exited.Wait()
}

func fakeProbe(addr string) time.Duration {
	return time.Duration(len(addr)) * 150 * time.Microsecond
}

func main() {
	p := &Prober{latency: make(map[string]time.Duration), probe: fakeProbe}
	report := p.CheckAll([]string{"10.1.0.5:443", "10.1.0.6:443", "10.1.0.17:443"})
	p.Shutdown()
	println(report)
}
