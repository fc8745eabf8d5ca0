// A connection pool with two maps and two mutexes: release counts reuse statistics while
// holding the connections' mutex, but the report reads the statistics under the statistics'
// mutex. The write is guarded by the wrong lock.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type pool struct {
	connMu sync.Mutex
	idle   map[string]int

	statsMu sync.Mutex
	reused  map[string]int
}

func (p *pool) release(addr string) {
	p.connMu.Lock() // root cause
	defer p.connMu.Unlock()
	p.idle[addr]++
	p.reused[addr]++ // want "concurrent map write"
}

func (p *pool) report() []string {
	p.statsMu.Lock()
	defer p.statsMu.Unlock()
	var lines []string
	for addr, n := range p.reused { // other access
		lines = append(lines, fmt.Sprintf("%s reused %d times", addr, n))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	p := &pool{idle: make(map[string]int), reused: map[string]int{"db:5432": 3}}
	var wg sync.WaitGroup
	wg.Go(func() { p.release("db:5432") })
	lines := p.report()
	wg.Wait()
	fmt.Println(len(lines))
}
