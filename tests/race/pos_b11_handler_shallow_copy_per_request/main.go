// A page handler copies its base renderer per request (`rd := *h.base`) so it can set request
// variables without locking. The struct copy is shallow: the vars map is the base's map, so two
// requests served at once write one map, and one's rendering ranges over it while the other
// writes.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type renderer struct {
	layout string
	vars   map[string]string
}

func (rd *renderer) render() string {
	keys := []string{}
	for k := range rd.vars { // other access
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return rd.layout + "[" + strings.Join(keys, ",") + "]"
}

type pageHandler struct {
	base *renderer
}

func (h *pageHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rd := *h.base
	rd.vars["path"] = r.URL.Path // want "concurrent map write"
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte(rd.render()))
}

func main() {
	h := &pageHandler{base: &renderer{layout: "main.html", vars: map[string]string{"site": "docs", "theme": "dark"}}}
	reqA := httptest.NewRequest(http.MethodGet, "/guide/install", nil)
	reqB := httptest.NewRequest(http.MethodGet, "/guide/upgrade", nil)
	recA, recB := httptest.NewRecorder(), httptest.NewRecorder()

	var wg sync.WaitGroup
	in := make(chan struct{})
	out := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-in
		h.ServeHTTP(recA, reqA)
		<-out
	}()
	close(in)
	h.ServeHTTP(recB, reqB)
	close(out)
	wg.Wait()
	fmt.Println(recA.Body.String(), recB.Body.String())
}
