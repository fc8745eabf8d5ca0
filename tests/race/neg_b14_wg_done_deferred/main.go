// A health prober checks every backend in its own goroutine and reports the latencies once
// the WaitGroup says all probes are done. Each probe stores its result under a mutex and calls
// wg.Done() only after, deferred, so the report, made after Wait, reads a map no one writes any
// more. The pool's shutdown waits for the goroutines to exit. The near miss of
// pos_b14_wg_done_before_result_store.
package main

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Prober struct {
	mu      sync.Mutex
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
			defer wg.Done()
			d := p.probe(addr)
			p.mu.Lock()
			p.latency[addr] = d
			p.mu.Unlock()
		}()
	}
	wg.Wait()
	var rows []string
	for addr, d := range p.latency {
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
