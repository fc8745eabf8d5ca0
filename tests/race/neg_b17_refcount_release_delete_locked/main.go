// A file-watch registry shares one watcher per path among its users with an atomic reference
// count. Acquire inserts under the mutex, and Release deletes the entry of the last user under
// the same mutex, so it cannot overlap the lookup of another Acquire.
package main

import (
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type watcher struct {
	path   string
	refs   atomic.Int32
	events []string
}

type Registry struct {
	mu      sync.Mutex
	entries map[string]*watcher
}

func (r *Registry) Acquire(path string) *watcher {
	r.mu.Lock()
	defer r.mu.Unlock()
	w, ok := r.entries[path]
	if !ok {
		w = &watcher{path: path}
		r.entries[path] = w
	}
	w.refs.Add(1)
	return w
}

func (r *Registry) Release(w *watcher) {
	if w.refs.Add(-1) == 0 {
		r.mu.Lock()
		delete(r.entries, w.path)
		r.mu.Unlock()
	}
}

func main() {
	r := &Registry{entries: make(map[string]*watcher)}
	cfg := r.Acquire("/etc/app/config.yaml")
	r.Acquire("/etc/app/tls.pem")
	var reloader sync.WaitGroup
	reloader.Go(func() {
		cfg.events = append(cfg.events, "reloaded")
		r.Release(cfg)
	})
	// A second TLS listener shares the watcher of the certificate.
	certs := r.Acquire("/etc/app/tls.pem")
	reloader.Wait()
	var paths []string
	for p := range r.entries {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	os.Stdout.WriteString(certs.path + " watched; live: " + strings.Join(paths, ",") + "\n")
}
