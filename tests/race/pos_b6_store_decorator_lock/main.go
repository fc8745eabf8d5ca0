// A key-value service wraps its plain memory store in a locking decorator that implements the
// same Store interface, and hands the decorator to the request handlers. The background
// compactor was given the inner store instead, so its Put writes the map without the
// decorator's lock while a handler's Put holds it.
package main

import (
	"fmt"
	"sync"
)

type Store interface {
	Put(key, value string)
	Get(key string) (string, bool)
}

type memStore struct {
	data map[string]string
}

func (m *memStore) Put(key, value string) {
	m.data[key] = value // want "concurrent map write"
}

func (m *memStore) Get(key string) (string, bool) {
	v, ok := m.data[key]
	return v, ok
}

type lockedStore struct {
	mu    sync.Mutex
	inner Store
}

func (l *lockedStore) Put(key, value string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.inner.Put(key, value)
}

func (l *lockedStore) Get(key string) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.inner.Get(key)
}

func compact(s Store, start <-chan struct{}) {
	<-start
	s.Put("_compacted_at", "2026-03-01T04:00:00Z")
}

func handle(s Store, start <-chan struct{}) {
	<-start
	s.Put("user:42", `{"name":"ana"}`)
}

func main() {
	mem := &memStore{data: make(map[string]string)}
	shared := &lockedStore{inner: mem}
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { compact(mem, start) }) // root cause
	wg.Go(func() { handle(shared, start) })
	close(start)
	wg.Wait()
	v, _ := shared.Get("user:42")
	fmt.Println(v)
}
