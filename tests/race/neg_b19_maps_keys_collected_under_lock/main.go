// A feature registry's Names collects maps.Keys of its map into a slice under the read lock
// and returns an iterator over that slice, so the caller's loop ranges a copy while the reload
// the admin page started adds features under the write lock.
package main

import (
	"iter"
	"maps"
	"os"
	"slices"
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
	return slices.Values(slices.Collect(maps.Keys(r.features)))
}

func (r *Registry) Enable(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.features[name] = true
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
	for name := range names {
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
