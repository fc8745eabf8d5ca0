// MIME types are loaded once with sync.Once, which orders the load before every reader; a
// later reload rewrites the map with no lock while a handler looks a type up.
package main

import (
	"fmt"
	"sync"
)

type mimeTypes struct {
	once   sync.Once
	byExt  map[string]string
	loaded int
}

func (m *mimeTypes) load() {
	m.byExt = map[string]string{".html": "text/html", ".css": "text/css"}
	m.loaded++
}

func (m *mimeTypes) lookup(ext string) string {
	m.once.Do(m.load)
	return m.byExt[ext] // other access
}

func (m *mimeTypes) reload(extra map[string]string) {
	m.once.Do(m.load)
	for ext, typ := range extra {
		m.byExt[ext] = typ // want "concurrent map write"
	}
}

func main() {
	m := &mimeTypes{}
	var wg sync.WaitGroup
	wg.Go(func() { m.reload(map[string]string{".wasm": "application/wasm"}) })
	typ := m.lookup(".css")
	wg.Wait()
	fmt.Println(typ)
}
