// A metrics registry embeds a sync.Locker chosen at construction: a real mutex when the
// registry is shared, a no-op lock for single-goroutine tools. The server builds its registry
// with Concurrent set, so the two request goroutines recording at once take turns on a real
// mutex.
package main

import (
	"fmt"
	"sync"
)

type nopLocker struct{}

func (nopLocker) Lock()   {}
func (nopLocker) Unlock() {}

type Options struct {
	Concurrent bool
}

type Registry struct {
	sync.Locker
	counters map[string]int
}

func NewRegistry(opts Options) *Registry {
	r := &Registry{counters: make(map[string]int)}
	if opts.Concurrent {
		r.Locker = &sync.Mutex{}
	} else {
		r.Locker = nopLocker{}
	}
	return r
}

func (r *Registry) Inc(name string) {
	r.Lock()
	defer r.Unlock()
	r.counters[name]++
}

func main() {
	serverOptions := Options{Concurrent: true}
	reg := NewRegistry(serverOptions)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, route := range []string{"/search", "/cart"} {
		wg.Go(func() {
			<-start
			reg.Inc("http_requests_total{route=" + route + "}")
		})
	}
	close(start)
	wg.Wait()
	fmt.Println(len(reg.counters))
}
