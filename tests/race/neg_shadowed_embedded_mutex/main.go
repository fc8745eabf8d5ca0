// A plugin host embeds a *registry (whose mu guards its plugins map) in each loader; the loader
// type that has its own mutex for its retry counter names it retryMu, so l.mu still selects the
// registry's mutex when it writes the registry's map.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu      sync.Mutex
	plugins map[string]string
}

type fileLoader struct {
	*registry
}

func (l *fileLoader) load(name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.plugins[name] = "file:" + name
}

type remoteLoader struct {
	*registry
	retryMu sync.Mutex // guards retries
	retries int
}

func (l *remoteLoader) load(name string) {
	l.retryMu.Lock()
	l.retries++
	l.retryMu.Unlock()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.plugins[name] = "remote:" + name
}

func main() {
	reg := &registry{plugins: make(map[string]string)}
	(&fileLoader{reg}).load("auth")
	loaders := []*remoteLoader{{registry: reg}, {registry: reg}}
	var arrived, wg sync.WaitGroup
	arrived.Add(len(loaders))
	for i, l := range loaders {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait()
			l.load(fmt.Sprintf("remote-%d", i))
		})
	}
	wg.Wait()
	fmt.Println(len(reg.plugins))
}
