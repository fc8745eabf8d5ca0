// A product search service builds its name index lazily on the first request. The sync.Once
// is a field of the service, so the first request builds the index and every other one waits in
// Do until it is built, then only reads. The near miss of pos_b14_once_local_to_handler.
package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Search struct {
	products []string
	once     sync.Once
	index    map[string]int
}

func (s *Search) buildIndex() {
	for i, p := range s.products {
		s.index[strings.ToLower(p)] = i
	}
}

func (s *Search) ensureIndex() {
	s.once.Do(s.buildIndex)
}

func (s *Search) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.ensureIndex()
	q := strings.ToLower(r.URL.Query().Get("q"))
	i, ok := s.index[q]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte(s.products[i]))
}

func main() {
	search := &Search{
		products: []string{"Kettle", "Toaster", "Blender", "Grinder"},
		index:    make(map[string]int),
	}
	var gate sync.WaitGroup
	gate.Add(2)
	gated := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gate.Done()
		gate.Wait()
		search.ServeHTTP(w, r)
	})

	var wg sync.WaitGroup
	bodies := make([]string, 2)
	for i, q := range []string{"kettle", "grinder"} {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			gated.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/search?q="+q, nil))
			bodies[i] = rec.Body.String()
		})
	}
	wg.Wait()
	println(bodies[0], bodies[1])
}
