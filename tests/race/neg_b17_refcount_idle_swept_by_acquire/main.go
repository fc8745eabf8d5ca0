// A file-watch registry shares one watcher per path among its users with an atomic reference
// count. Release only drops the count; Acquire, under the mutex, sweeps the entries nobody
// holds any more before it inserts, so only code holding the mutex changes the map.
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
	for p, idle := range r.entries {
		if p != path && idle.refs.Load() == 0 {
			delete(r.entries, p)
		}
	}
	w, ok := r.entries[path]
	if !ok {
		w = &watcher{path: path}
		r.entries[path] = w
	}
	w.refs.Add(1)
	return w
}

func (r *Registry) Release(w *watcher) {
	w.refs.Add(-1)
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
