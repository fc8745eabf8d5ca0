// A stats endpoint of a zero-valued server reads, ranges, deletes and clears nil map fields.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

type server struct {
	hits    map[string]int
	blocked map[string]bool
}

func (s *server) stats(w http.ResponseWriter, r *http.Request) {
	delete(s.blocked, r.RemoteAddr)
	if s.blocked[r.RemoteAddr] {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	paths := make([]string, 0, len(s.hits))
	for p := range s.hits {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	n, ok := s.hits["/"]
	fmt.Fprintln(w, len(paths), n, ok)
	if r.URL.Query().Get("reset") == "1" {
		clear(s.hits)
	}
}

func main() {
	var s server
	rec := httptest.NewRecorder()
	s.stats(rec, httptest.NewRequest(http.MethodGet, "/stats?reset=1", nil))
	fmt.Print(rec.Body.String())
}
