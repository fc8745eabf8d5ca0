// A URL shortener talks to its storage through an interface; the in-memory implementation has
// no lock, and the handlers' goroutines call it through the interface.
package main

import (
	"fmt"
	"sync"
)

type Store interface {
	Put(code, url string)
	Get(code string) (string, bool)
}

type memStore struct {
	links map[string]string
}

func (m *memStore) Put(code, url string) {
	m.links[code] = url // want "concurrent map write"
}

func (m *memStore) Get(code string) (string, bool) {
	url, ok := m.links[code] // other access
	return url, ok
}

type shortener struct {
	store Store
}

func (s *shortener) shorten(url string) string {
	code := fmt.Sprintf("%x", len(url)*7919)
	s.store.Put(code, url)
	return code
}

func main() {
	s := &shortener{store: &memStore{links: map[string]string{"a1": "https://go.dev"}}}
	var wg sync.WaitGroup
	wg.Go(func() { s.shorten("https://example.com/a/long/path") })
	url, ok := s.store.Get("a1")
	wg.Wait()
	fmt.Println(url, ok)
}
