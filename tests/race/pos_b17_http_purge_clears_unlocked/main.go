// A docs server serves pre-rendered pages from a cache it reads under an RWMutex. The admin
// purge endpoint empties the cache with clear() but was written without taking the lock, so a
// purge races with a page being served at the same time.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
)

type Docs struct {
	mu      sync.RWMutex
	pages   map[string]string
	arrived sync.WaitGroup // the two requests of this demo are in flight together
}

func (d *Docs) Warm(sources map[string]string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for name, src := range sources {
		d.pages[name] = "<h1>" + strings.ToUpper(name[:1]) + name[1:] + "</h1><p>" + src + "</p>"
	}
}

func (d *Docs) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	d.arrived.Done()
	d.arrived.Wait()
	if r.URL.Path == "/admin/purge" {
		clear(d.pages) // want "concurrent map write"
		w.WriteHeader(http.StatusNoContent)
		return
	}
	d.mu.RLock()
	page, ok := d.pages[strings.TrimPrefix(r.URL.Path, "/docs/")] // other access
	d.mu.RUnlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	io.WriteString(w, page)
}

func main() {
	d := &Docs{pages: make(map[string]string)}
	d.Warm(map[string]string{"install": "go install ./...", "config": "Set DOCS_ROOT."})
	d.arrived.Add(2)
	ts := httptest.NewServer(d)
	defer ts.Close()
	statuses := make([]string, 2)
	var clients sync.WaitGroup
	for i, path := range []string{"/docs/install", "/admin/purge"} {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + path)
			if err != nil {
				statuses[i] = path + " " + err.Error()
				return
			}
			resp.Body.Close()
			statuses[i] = path + " " + resp.Status
		})
	}
	clients.Wait()
	sort.Strings(statuses)
	os.Stdout.WriteString(strings.Join(statuses, "\n") + "\n")
}
