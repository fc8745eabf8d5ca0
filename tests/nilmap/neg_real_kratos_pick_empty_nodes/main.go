// Reduced from github.com/go-kratos/kratos/v2 v2.8.3, selector/wrr/wrr.go:51 (Balancer.Pick) as
// selector/wrr/wrr_test.go:62 (TestEmpty) reaches it, where mapscope check reported a nil-map
// write to `p.currentWeight`: the test picks from a zero Balancer, whose weight map is nil, but
// with an empty list of nodes, and Pick returns its error before the loop that writes the map;
// the loop would not run for an empty list either. A near miss: a write inside a `range` over a
// slice parameter, behind `if len(param) == 0 { return }`, with an argument known empty. Our own
// rewrite.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type backend struct {
	addr   string
	weight float64
}

type roundRobin struct {
	mu      sync.Mutex
	current map[string]float64
}

var errNoBackend = errors.New("no backend available")

func newRoundRobin() *roundRobin {
	return &roundRobin{current: make(map[string]float64)}
}

// pick runs smooth weighted round robin: every backend gains its weight, the heaviest is chosen
// and loses the total.
func (r *roundRobin) pick(backends []backend) (string, error) {
	if len(backends) == 0 {
		return "", errNoBackend
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var total, best float64
	chosen := -1
	for i, b := range backends {
		total += b.weight
		w := r.current[b.addr] + b.weight
		r.current[b.addr] = w
		if chosen < 0 || w > best {
			chosen, best = i, w
		}
	}
	r.current[backends[chosen].addr] = best - total
	return backends[chosen].addr, nil
}

func main() {
	r := newRoundRobin()
	pool := []backend{{"a", 5}, {"b", 1}, {"c", 1}}
	seen := map[string]int{}
	for i := 0; i < 7; i++ {
		addr, err := r.pick(pool)
		if err != nil {
			panic(err)
		}
		seen[addr]++
	}
	fmt.Println(seen)

	// A balancer nobody built, asked to pick from nothing: the early return.
	zero := &roundRobin{}
	_, err := zero.pick([]backend{})
	fmt.Println(err)
}
