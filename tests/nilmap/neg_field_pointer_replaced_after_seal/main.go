// A metrics host keeps its collectors in a registry it holds by pointer. Startup registers
// the built-in collectors and seals the registry, which publishes them and drops the pending
// set; loading a plugin opens a fresh registry for the next generation before it registers.
// The near miss of pos_field_pointer_sealed_then_added.
package main

import (
	"fmt"
	"sort"
)

type registry struct {
	pending   map[string]func() float64
	published []string
}

func newRegistry() *registry {
	return &registry{pending: make(map[string]func() float64)}
}

func (r *registry) add(name string, collect func() float64) {
	r.pending[name] = collect
}

// seal publishes every pending collector in name order and drops the pending set.
func (r *registry) seal() {
	for name := range r.pending {
		r.published = append(r.published, name)
	}
	sort.Strings(r.published)
	r.pending = nil
}

type host struct {
	name     string
	registry *registry
}

func (h *host) start() {
	h.registry.add("go_goroutines", func() float64 { return 12 })
	h.registry.add("process_cpu_seconds", func() float64 { return 0.4 })
	h.registry.seal()
	fmt.Println(h.name, "published", h.registry.published)
}

func (h *host) loadPlugin(name string) {
	h.registry = newRegistry()
	h.registry.add(name+"_requests_total", func() float64 { return 0 })
	fmt.Println(h.name, "loaded plugin", name)
}

func main() {
	h := &host{name: "edge-1", registry: newRegistry()}
	h.start()
	h.loadPlugin("redis")
}
