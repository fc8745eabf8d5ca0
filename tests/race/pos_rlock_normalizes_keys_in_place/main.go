// A header-rewrite service keeps its rules in a map guarded by an RWMutex. Rules returns the
// rules for the admin API under the read lock and, since rules may be added with any casing,
// canonicalises the keys of the shared map in place while it is there, so two concurrent
// admin requests rewrite the map together under read locks.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
)

type rules struct {
	mu      sync.RWMutex
	byName  map[string]string // header -> replacement value
	arrived sync.WaitGroup
}

func (r *rules) Rules() []string {
	r.mu.RLock() // root cause
	defer r.mu.RUnlock()
	var out []string
	for name, v := range r.byName { // other access
		if c := http.CanonicalHeaderKey(name); c != name {
			r.byName[c] = v // want "concurrent map write"
			name = c
		}
		out = append(out, name+": "+v)
	}
	sort.Strings(out)
	return out
}

func (r *rules) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.arrived.Done()
	r.arrived.Wait()
	for _, line := range r.Rules() {
		w.Write([]byte(line + "\n"))
	}
}

func main() {
	r := &rules{byName: map[string]string{"x-forwarded-proto": "https", "Server": "edge"}}
	r.arrived.Add(2)
	ts := httptest.NewServer(r)
	defer ts.Close()
	var clients sync.WaitGroup
	for range 2 {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + "/admin/rules")
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(len(r.Rules()) > 0)
}
