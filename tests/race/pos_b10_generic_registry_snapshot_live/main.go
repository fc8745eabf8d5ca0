// A service-discovery agent keeps instances in a generic Registry. Snapshot was meant to hand
// callers a copy, but it returns the live map under the read lock only while returning; the
// listing endpoint deletes the internal services from "its" snapshot while a new instance
// registers under the write lock.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Registry[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewRegistry[K comparable, V any]() *Registry[K, V] {
	return &Registry[K, V]{m: make(map[K]V)}
}

func (r *Registry[K, V]) Register(k K, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[k] = v // want "concurrent map write"
}

func (r *Registry[K, V]) Snapshot() map[K]V {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.m
}

type Instance struct {
	Addr     string
	Internal bool
}

// publicView lists the instances that external clients may see.
func publicView(snap map[string]Instance, internal []string) map[string]Instance {
	for _, name := range internal {
		delete(snap, name) // other access
	}
	return snap
}

func main() {
	reg := NewRegistry[string, Instance]()
	reg.Register("checkout", Instance{Addr: "10.2.0.7:443"})
	reg.Register("admin-console", Instance{Addr: "10.2.0.9:443", Internal: true})

	var wg sync.WaitGroup
	snap := reg.Snapshot()
	wg.Go(func() {
		reg.Register("search", Instance{Addr: "10.2.0.12:443"})
	})
	view := publicView(snap, []string{"admin-console"})
	wg.Wait()
	names := make([]string, 0, len(view))
	for name, inst := range view {
		names = append(names, name+"@"+inst.Addr)
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " "))
}
