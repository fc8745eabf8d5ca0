// An edge proxy publishes its routing table through an atomic.Pointer and updates it copy on
// write with maps.Clone. The constructor first publishes an empty placeholder table (so that
// Load never returns nil while it seeds), but replaces it before returning with a table whose
// routes map is made, so no Load ever sees the placeholder and the clone is never nil.
package main

import (
	"fmt"
	"maps"
	"strings"
	"sync/atomic"
)

type table struct {
	version int
	routes  map[string]string // path prefix -> backend
}

type router struct {
	cur atomic.Pointer[table]
}

func newRouter(seed map[string]string) *router {
	r := &router{}
	r.cur.Store(&table{})
	routes := make(map[string]string, len(seed))
	for prefix, backend := range seed {
		routes[strings.TrimSpace(prefix)] = backend
	}
	r.cur.Store(&table{version: 1, routes: routes})
	return r
}

func (r *router) upsert(prefix, backend string) {
	old := r.cur.Load()
	next := &table{version: old.version + 1, routes: maps.Clone(old.routes)}
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
	r := newRouter(nil)
	r.upsert("/api/", "api-v1:8080")
	r.upsert("/static/", "cdn:80")
	b, ok := r.lookup("/api/users")
	fmt.Println(b, ok, r.cur.Load().version)
}
