// A feature registry's Names returns maps.Keys of its map under the read lock, but maps.Keys
// is lazy: the map is ranged later, by the caller's loop, after Names has unlocked, while the
// reload the admin page started adds features under the write lock.
package main

import (
	"iter"
	"maps"
	"os"
	"strings"
	"sync"
)

type Registry struct {
	mu       sync.RWMutex
	features map[string]bool
	stale    bool
	wg       sync.WaitGroup
}

func (r *Registry) Names() iter.Seq[string] {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return maps.Keys(r.features) // root cause
}

func (r *Registry) Enable(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.features[name] = true // want "concurrent map write"
}

func (r *Registry) reload(source string) {
	defer r.wg.Done()
	for _, name := range strings.Split(source, ",") {
		r.Enable(strings.TrimSpace(name))
	}
}

func (r *Registry) AdminPage() string {
	names := r.Names()
	if r.stale {
		r.wg.Add(1)
		go r.reload("search-v2, dark-mode, bulk-export")
	}
	var b strings.Builder
	for name := range names { // other access
		b.WriteString("<li>" + name + "</li>")
	}
	return b.String()
}

func main() {
	r := &Registry{features: map[string]bool{"beta-api": true, "audit-log": true}, stale: true}
	page := r.AdminPage()
	r.wg.Wait()
	os.Stdout.WriteString(page + "\n")
}
