// A product search service builds its name index lazily on the first request. The sync.Once
// meant to make that happen once was declared inside ensureIndex, so every call gets a fresh
// Once and rebuilds the shared index map, and two requests arriving together build it at the
// same time. The requests are held at a gate until both are in flight.
package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Search struct {
	products []string
	index    map[string]int
}

func (s *Search) buildIndex() {
	for i, p := range s.products {
		s.index[strings.ToLower(p)] = i // want "concurrent map write"
	}
}

func (s *Search) ensureIndex() {
	var once sync.Once // root cause
	once.Do(s.buildIndex)
}

func (s *Search) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.ensureIndex()
	q := strings.ToLower(r.URL.Query().Get("q"))
	i, ok := s.index[q] // other access
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
