// An edge proxy publishes its routing table through an atomic.Pointer and updates it copy on
// write: copy the current routes, change the copy, store it. The router starts from an empty
// table literal whose routes map is nil, but the copy is made with maps.Collect, which always
// returns a made map, so the first route is written to a made map.
package main

import (
	"fmt"
	"maps"
	"strings"
)

func (r *router) upsert(prefix, backend string) {
	old := r.cur.Load()
	next := &table{version: old.version + 1, routes: maps.Collect(maps.All(old.routes))}
	next.routes[prefix] = backend
	r.cur.Store(next)
}

func (r *router) lookup(path string) (string, bool) {
	t := r.cur.Load()
	best, backend := "", ""
	for prefix, b := range t.routes {
		if strings.HasPrefix(path, prefix) && len(prefix) > len(best) {
			best, backend = prefix, b
		}
	}
	return backend, best != ""
}

func main() {
	r := newRouter()
	r.upsert("/api/", "api-v1:8080")
	r.upsert("/static/", "cdn:80")
	b, ok := r.lookup("/api/users")
	fmt.Println(b, ok, r.cur.Load().version)
}
