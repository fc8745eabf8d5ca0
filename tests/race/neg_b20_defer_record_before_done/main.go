// An uptime prober defers wg.Done first and recording each target's result second; deferred
// calls run last-in first-out, so the result is stored before Done, and main's Wait returns
// only after every probe has written.
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
	defer wg.Done()
	defer func() {
		p.mu.Lock()
		p.results[target] = status
		p.mu.Unlock()
	}()
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
	for target, status := range p.results {
		lines = append(lines, target+" "+status)
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, "\n") + "\n")
}
