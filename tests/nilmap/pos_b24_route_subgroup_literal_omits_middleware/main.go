// A small HTTP router lets route groups name their middleware; the root group comes from
// newRouter, which makes the middleware map, but Group builds the child group as a literal
// with only the prefix and router, so Use on a subgroup writes a nil map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
)

type router struct {
	mux    *http.ServeMux
	routes []string
}

type group struct {
	prefix     string
	r          *router
	middleware map[string]func(http.Handler) http.Handler
}

func newRouter() (*router, *group) {
	r := &router{mux: http.NewServeMux()}
	return r, &group{r: r, middleware: make(map[string]func(http.Handler) http.Handler)}
}

func (g *group) Group(prefix string) *group {
	return &group{prefix: g.prefix + prefix, r: g.r}
}

func (g *group) Use(name string, mw func(http.Handler) http.Handler) {
	g.middleware[name] = mw // want "nil map"
}

func (g *group) Handle(path string, h http.Handler) {
	names := make([]string, 0, len(g.middleware))
	for n := range g.middleware {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		h = g.middleware[n](h)
	}
	g.r.routes = append(g.r.routes, g.prefix+path+" "+strings.Join(names, ","))
	g.r.mux.Handle(g.prefix+path, h)
}

func header(k, v string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			w.Header().Set(k, v)
			next.ServeHTTP(w, req)
		})
	}
}

func main() {
	r, root := newRouter()
	root.Use("server", header("Server", "inventory"))
	ok := http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) { fmt.Fprint(w, "ok") })
	root.Handle("/healthz", ok)

	api := root.Group("/api/v1")
	api.Use("cors", header("Access-Control-Allow-Origin", "*"))
	api.Handle("/items", ok)

	rec := httptest.NewRecorder()
	r.mux.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/items", nil))
	fmt.Fprintln(os.Stdout, strings.Join(r.routes, "\n"), rec.Code, rec.Header())
}
