// A plugin host embeds a *registry (whose mu guards its plugins map) in each loader; the remote
// loader type also declares its own mu for its retry counter, which shadows the promoted one,
// so l.mu.Lock() there takes each loader's own mutex while it writes the shared registry's map.
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
	mu      sync.Mutex // guards retries
	retries int
}

func (l *remoteLoader) load(name string) {
	l.mu.Lock() // root cause
	defer l.mu.Unlock()
	l.retries++
	l.plugins[name] = "remote:" + name // want "concurrent map write"
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
