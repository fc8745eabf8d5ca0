// A CLI tool discovers its plugins and initialises each one in its own goroutine, because
// some plugins probe the network on start-up. Each goroutine registers its plugin through the
// Registry interface, whose only implementation is a plain map with no lock.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Plugin struct {
	Name    string
	Version string
}

type Registry interface {
	Register(p Plugin)
	Names() []string
}

type mapRegistry map[string]Plugin

func (r mapRegistry) Register(p Plugin) {
	r[p.Name] = p // want "concurrent map write"
}

func (r mapRegistry) Names() []string {
	names := make([]string, 0, len(r))
	for n := range r {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func initPlugin(name string) Plugin {
	return Plugin{Name: name, Version: "v1." + fmt.Sprint(len(name))}
}

func loadAll(reg Registry, found []string) {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, name := range found {
		wg.Go(func() {
			<-start
			reg.Register(initPlugin(name))
		})
	}
	close(start)
	wg.Wait()
}

func main() {
	var reg Registry = mapRegistry{}
	loadAll(reg, []string{"git", "docker", "kube"})
	fmt.Println(reg.Names())
}
