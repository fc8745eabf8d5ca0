// A model server loads its label table in the background and signals a sync.Cond; request
// goroutines wait on the condition (under its lock) until the table is loaded, then read.
package main

import (
	"fmt"
	"sync"
)

type model struct {
	mu     sync.Mutex
	cond   *sync.Cond
	loaded bool
	labels map[int]string
}

func (m *model) load() {
	m.mu.Lock()
	m.labels[0] = "cat"
	m.labels[1] = "dog"
	m.loaded = true
	m.mu.Unlock()
	m.cond.Broadcast()
}

func (m *model) label(class int) string {
	m.mu.Lock()
	for !m.loaded {
		m.cond.Wait()
	}
	m.mu.Unlock()
	return m.labels[class]
}

func main() {
	m := &model{labels: make(map[int]string)}
	m.cond = sync.NewCond(&m.mu)
	go m.load()
	var wg sync.WaitGroup
	out := make([]string, 2)
	for i := range out {
		wg.Go(func() { out[i] = m.label(i) })
	}
	wg.Wait()
	fmt.Println(out)
}
