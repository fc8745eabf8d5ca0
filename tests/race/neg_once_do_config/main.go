// MIME types are loaded once with sync.Once by whichever goroutine asks first; Once.Do returns
// only after the load, so every lookup is ordered after the only writes.
package main

import (
	"fmt"
	"sync"
)

type mimeTypes struct {
	once  sync.Once
	byExt map[string]string
}

func (m *mimeTypes) load() {
	m.byExt = make(map[string]string)
	m.byExt[".html"] = "text/html"
	m.byExt[".css"] = "text/css"
	m.byExt[".wasm"] = "application/wasm"
}

func (m *mimeTypes) lookup(ext string) string {
	m.once.Do(m.load)
	return m.byExt[ext]
}

func main() {
	m := &mimeTypes{}
	var wg sync.WaitGroup
	types := make([]string, 3)
	for i, ext := range []string{".html", ".css", ".wasm"} {
		wg.Go(func() { types[i] = m.lookup(ext) })
	}
	wg.Wait()
	fmt.Println(types)
}
