// A media service's codec registry is published through an atomic.Pointer so lookups never
// lock. The first Register creates the map and installs it with CompareAndSwap, and every
// Register then adds its codec to the installed map. The map is shared as soon as it is
// published, so when plugins register in parallel at start-up, their writes meet in it.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type codec struct {
	mime    string
	lossy   bool
	quality int
}

type registry struct {
	codecs atomic.Pointer[map[string]codec]
}

func (r *registry) Register(name string, c codec) {
	m := r.codecs.Load()
	if m == nil {
		fresh := make(map[string]codec)
		if r.codecs.CompareAndSwap(nil, &fresh) {
			m = &fresh
		} else {
			m = r.codecs.Load()
		}
	}
	(*m)[name] = c // want "concurrent map write"
}

func (r *registry) Lookup(name string) (codec, bool) {
	m := r.codecs.Load()
	if m == nil {
		return codec{}, false
	}
	c, ok := (*m)[name]
	return c, ok
}

func main() {
	r := &registry{}
	plugins := map[string]func(*registry){
		"image": func(r *registry) { r.Register("webp", codec{"image/webp", true, 80}) },
		"audio": func(r *registry) { r.Register("flac", codec{"audio/flac", false, 100}) },
	}
	var wg sync.WaitGroup
	for _, init := range plugins {
		wg.Go(func() { init(r) })
	}
	wg.Wait()
	names := []string{"webp", "flac", "avif"}
	sort.Strings(names)
	for _, n := range names {
		c, ok := r.Lookup(n)
		fmt.Println(n, ok, c.mime)
	}
}
