// A docs server builds its slug -> title index lazily, on the first request, with a
// sync.Once. ServeHTTP has a pointer receiver and the server is given &docsHandler, so all
// requests share one Once: the first builds the index and the other waits in Do until it is
// built before reading.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type page struct{ slug, title string }

type docsHandler struct {
	once  sync.Once
	pages []page
	index map[string]string
	gate  *sync.WaitGroup
}

func (h *docsHandler) buildIndex() {
	for _, p := range h.pages {
		h.index[p.slug] = p.title
	}
}

func (h *docsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.gate.Done()
	h.gate.Wait()
	h.once.Do(h.buildIndex)
	slug := strings.TrimPrefix(r.URL.Path, "/docs/")
	title, ok := h.index[slug]
	if !ok {
		http.NotFound(w, r)
		return
	}
	io.WriteString(w, "<h1>"+title+"</h1>")
}

func main() {
	var gate sync.WaitGroup
	gate.Add(2)
	h := &docsHandler{
		pages: []page{{"install", "Installing"}, {"config", "Configuration"}, {"faq", "FAQ"}},
		index: make(map[string]string),
		gate:  &gate,
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	var clients sync.WaitGroup
	codes := make([]int, 2)
	for i, slug := range []string{"install", "faq"} {
		clients.Go(func() {
			resp, err := http.Get(srv.URL + "/docs/" + slug)
			if err != nil {
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			codes[i] = resp.StatusCode
		})
	}
	clients.Wait()
	println(codes[0], codes[1])
}
