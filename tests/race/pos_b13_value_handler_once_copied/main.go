// A docs server builds its slug -> title index lazily, on the first request, with a
// sync.Once. ServeHTTP has a value receiver, so each request works on a copy of the handler
// and of its Once, which has never fired: every request builds the index again, writing
// into the one map the copies share while another request reads it.
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

func (h docsHandler) buildIndex() {
	for _, p := range h.pages {
		h.index[p.slug] = p.title // want "concurrent map write"
	}
}

func (h docsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // root cause
	h.gate.Done()
	h.gate.Wait()
	h.once.Do(h.buildIndex)
	slug := strings.TrimPrefix(r.URL.Path, "/docs/")
	title, ok := h.index[slug] // other access
	if !ok {
		http.NotFound(w, r)
		return
	}
	io.WriteString(w, "<h1>"+title+"</h1>")
}

func main() {
	var gate sync.WaitGroup
	gate.Add(2)
	h := docsHandler{
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
