// A translation handler fills its message catalog lazily, on the first request that misses,
// with no lock and no sync.Once: two first requests fill it together, and one's lookup races
// with the other's fill.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

var german = map[string]string{"hello": "hallo", "bye": "tschüss"}

type i18n struct {
	catalog map[string]string
	arrived sync.WaitGroup
}

func (h *i18n) load(key string) string {
	for k, v := range german {
		h.catalog[k] = v // want "concurrent map write"
	}
	return german[key]
}

func (h *i18n) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.arrived.Done()
	h.arrived.Wait()
	key := r.URL.Query().Get("key")
	msg, ok := h.catalog[key] // other access
	if !ok {
		msg = h.load(key)
	}
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
