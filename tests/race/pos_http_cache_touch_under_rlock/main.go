// A caching reverse proxy serves hits under the cache's read lock so that hits do not block
// each other. The LRU bookkeeping added later records the last use of a key in a map inside
// that read-locked Get, so two hits on one key write the map together.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

type cache struct {
	mu       sync.RWMutex
	bodies   map[string][]byte
	lastUsed map[string]time.Time
}

func (c *cache) Get(key string) ([]byte, bool) {
	c.mu.RLock() // root cause
	defer c.mu.RUnlock()
	b, ok := c.bodies[key]
	if ok {
		c.lastUsed[key] = time.Now() // want "concurrent map write"
	}
	return b, ok
}

type proxy struct {
	c       *cache
	arrived sync.WaitGroup
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.arrived.Done()
	p.arrived.Wait()
	if b, ok := p.c.Get(r.URL.Path); ok {
		w.Write(b)
		return
	}
	http.Error(w, "upstream not configured", http.StatusBadGateway)
}

func main() {
	c := &cache{
		bodies:   map[string][]byte{"/logo.svg": []byte("<svg/>")},
		lastUsed: map[string]time.Time{},
	}
	p := &proxy{c: c}
	p.arrived.Add(2)
	ts := httptest.NewServer(p)
	defer ts.Close()
	var clients sync.WaitGroup
	for range 2 {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + "/logo.svg")
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(len(c.lastUsed))
}
