// An uptime prober defers recording each target's result and then defers wg.Done; deferred
// calls run last-in first-out, so Done lets main's Wait return before the result is stored,
// and the summary ranges the results while the last probes still write them.
package main

import (
	"os"
	"sort"
	"strings"
	"sync"
)

type Prober struct {
	mu      sync.Mutex
	results map[string]string
}

func check(target string) string {
	if strings.HasSuffix(target, ".internal") {
		return "unreachable"
	}
	return "up"
}

func (p *Prober) probe(target string, wg *sync.WaitGroup) {
	var status string
	defer func() {
		p.mu.Lock()
		p.results[target] = status // want "concurrent map write"
		p.mu.Unlock()
	}()
	defer wg.Done()
	status = check(target)
}

func main() {
	p := &Prober{results: map[string]string{}}
	var wg sync.WaitGroup
	for _, t := range []string{"shop.example.com", "db.internal", "cdn.example.com"} {
		wg.Add(1)
		go p.probe(t, &wg)
	}
	wg.Wait()
	var lines []string
	for target, status := range p.results { // other access
		lines = append(lines, target+" "+status)
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, "\n") + "\n")
}
