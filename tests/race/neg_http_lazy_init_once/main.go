// A translation handler fills its message catalog lazily with sync.Once on the first request;
// every request looks up after Once.Do has returned, which follows the fill.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

var german = map[string]string{"hello": "hallo", "bye": "tschüss"}

type i18n struct {
	once    sync.Once
	catalog map[string]string
	arrived sync.WaitGroup
}

func (h *i18n) load() {
	for k, v := range german {
		h.catalog[k] = v
	}
}

func (h *i18n) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.arrived.Done()
	h.arrived.Wait()
	h.once.Do(h.load)
	msg := h.catalog[r.URL.Query().Get("key")]
	fmt.Fprint(w, msg)
}

func main() {
	h := &i18n{catalog: make(map[string]string)}
	h.arrived.Add(2)
	ts := httptest.NewServer(h)
	defer ts.Close()
	var clients sync.WaitGroup
	for _, key := range []string{"hello", "bye"} {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + "/?key=" + key)
			if err == nil {
				resp.Body.Close()
			}
		})
	}
	clients.Wait()
	fmt.Println(len(h.catalog))
}
