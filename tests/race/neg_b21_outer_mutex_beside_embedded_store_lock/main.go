// A counting cache embeds a Store whose methods lock the store's mutex, and declares a mutex
// of its own for its hit counter. Its Incr takes the outer mutex for the counter and the
// store's, c.Store.mu, for the map, so an Incr and a Set store into the map in turn.
package main

import (
	"os"
	"strconv"
	"sync"
)

type Store struct {
	mu    sync.Mutex
	items map[string]int
}

func (s *Store) Set(key string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[key] = v
}

func (s *Store) Get(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.items[key]
}

type CountingCache struct {
	Store
	mu   sync.Mutex // guards hits
	hits int
}

func NewCountingCache() *CountingCache {
	return &CountingCache{Store: Store{items: make(map[string]int)}}
}

func (c *CountingCache) Incr(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits++
	c.Store.mu.Lock()
	c.items[key]++
	c.Store.mu.Unlock()
}

func main() {
	c := NewCountingCache()
	var wg sync.WaitGroup
	wg.Go(func() { c.Set("quota:alice", 100) })
	c.Incr("views:home")
	wg.Wait()
	os.Stdout.WriteString("views=" + strconv.Itoa(c.Get("views:home")) + " quota=" + strconv.Itoa(c.Get("quota:alice")) + "\n")
}
