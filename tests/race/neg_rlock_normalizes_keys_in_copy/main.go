// A header-rewrite service keeps its rules in a map guarded by an RWMutex. Rules returns the
// rules for the admin API under the read lock and, since rules may be added with any casing,
// canonicalises the keys into a map of its own made for the call, so concurrent admin
// requests under read locks only read the shared map.
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
	r.mu.RLock()
	defer r.mu.RUnlock()
	canon := make(map[string]string, len(r.byName))
	for name, v := range r.byName {
		canon[http.CanonicalHeaderKey(name)] = v
	}
	var out []string
	for name, v := range canon {
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
