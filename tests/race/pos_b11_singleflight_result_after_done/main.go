// A hand-rolled singleflight group for an artifact proxy: the first caller of a key fetches, later
// callers wait on the call's WaitGroup and then read the result table. The leader stores its
// result in the table after calling Done, so a waiter released by Done reads the table while the
// leader writes it.
package main

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

type call struct {
	wg   sync.WaitGroup
	dups int
	err  error
}

type Group struct {
	mu      sync.Mutex
	calls   map[string]*call
	results map[string][]byte
}

func NewGroup() *Group {
	return &Group{calls: make(map[string]*call), results: make(map[string][]byte)}
}

func (g *Group) Do(key string, fetch func() ([]byte, error)) ([]byte, error) {
	g.mu.Lock()
	if c, ok := g.calls[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		return g.results[key], c.err // other access
	}
	c := &call{}
	c.wg.Add(1)
	g.calls[key] = c
	g.mu.Unlock()

	val, err := fetch()
	c.err = err
	c.wg.Done()
	g.results[key] = val // want "concurrent map write"

	g.mu.Lock()
	delete(g.calls, key)
	g.mu.Unlock()
	return val, err
}

// waiters reports how many callers joined the in-flight call for key.
func (g *Group) waiters(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if c, ok := g.calls[key]; ok {
		return c.dups
	}
	return 0
}

func main() {
	g := NewGroup()
	key := "sha256:9f8e7d"
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		g.Do(key, func() ([]byte, error) {
			// The upstream answers slowly; by then a second download of the layer arrived.
			for g.waiters(key) == 0 {
				time.Sleep(100 * time.Microsecond)
			}
			return []byte("layer-bytes"), nil
		})
	}()
	for g.waiters(key) == 0 && !inFlight(g, key) {
		time.Sleep(100 * time.Microsecond)
	}
	body, err := g.Do(key, func() ([]byte, error) { return nil, nil })
	wg.Wait()
	fmt.Println("second download got", strconv.Quote(string(body)), err)
}

func inFlight(g *Group, key string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	_, ok := g.calls[key]
	return ok
}
