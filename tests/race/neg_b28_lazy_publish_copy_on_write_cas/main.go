// A media service's codec registry is published through an atomic.Pointer so lookups never
// lock. Register copies the published map into a fresh one, adds its codec to the copy and
// installs the copy with CompareAndSwap, retrying when another plugin got there first, so a
// map is only written before it is published and parallel registrations never share one.
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
	for {
		old := r.codecs.Load()
		next := make(map[string]codec)
		if old != nil {
			for k, v := range *old {
				next[k] = v
			}
		}
		next[name] = c
		if r.codecs.CompareAndSwap(old, &next) {
			return
		}
	}
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
