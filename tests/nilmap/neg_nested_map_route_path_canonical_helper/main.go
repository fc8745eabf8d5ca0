// A router records response codes per registered route (route -> status -> count). Routes are
// registered under path.Clean(pattern), and each response is recorded under canonical(path) of
// the request, a helper that cleans the path the same way, so a request with a trailing slash
// names the same route as its registration.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path"
	"sort"
)

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

type routeStats struct {
	byRoute map[string]map[int]int
	mux     *http.ServeMux
}

func newRouteStats() *routeStats {
	return &routeStats{byRoute: make(map[string]map[int]int), mux: http.NewServeMux()}
}

func (s *routeStats) handle(pattern string, h http.HandlerFunc) {
	s.byRoute[path.Clean(pattern)] = make(map[int]int)
	s.mux.Handle(pattern, h)
}

func (s *routeStats) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
	s.mux.ServeHTTP(rec, r)
	s.byRoute[canonical(r.URL.Path)][rec.code]++
}

// canonical spells a request path as routes are registered.
func canonical(p string) string {
	return path.Clean(p)
}

func main() {
	s := newRouteStats()
	s.handle("/orders/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "orders")
	})
	s.handle("/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	for _, target := range []string{"/health", "/orders", "/orders/"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	}
	routes := make([]string, 0, len(s.byRoute))
	for route := range s.byRoute {
		routes = append(routes, route)
	}
	sort.Strings(routes)
	for _, route := range routes {
		fmt.Println(route, s.byRoute[route])
	}
}
