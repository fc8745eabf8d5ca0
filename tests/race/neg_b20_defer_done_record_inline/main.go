// An uptime prober defers only wg.Done and stores each target's result before returning, so
// main's Wait returns only after every probe has written, and the summary ranges a finished
// map.
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
	defer wg.Done()
	status := check(target)
	p.mu.Lock()
	p.results[target] = status
	p.mu.Unlock()
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
