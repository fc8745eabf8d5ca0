// Reduced from the fix in https://github.com/krakend/krakend-ratelimit/pull/5 ("To solve :
// fatal error: concurrent map writes", commit e042383): the memory backend of an API gateway's
// per-client rate limiter refreshes a key's last-access time on every Load, a write, while it
// holds only the read lock, so concurrent requests write the last-access map at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

var now = time.Now

type Backend interface {
	Load(key string) (interface{}, bool)
	Store(key string, v interface{})
}

type memoryBackend struct {
	mu         *sync.RWMutex
	data       map[string]interface{}
	lastAccess map[string]time.Time
}

func newMemoryBackend() *memoryBackend {
	return &memoryBackend{
		mu:         new(sync.RWMutex),
		data:       map[string]interface{}{},
		lastAccess: map[string]time.Time{},
	}
}

func (m *memoryBackend) Load(key string) (interface{}, bool) {
	m.mu.RLock() // root cause
	v, ok := m.data[key]
	if ok {
		m.lastAccess[key] = now() // want "concurrent map write"
	}
	m.mu.RUnlock()
	return v, ok
}

func (m *memoryBackend) Store(key string, v interface{}) {
	m.mu.Lock()
	m.lastAccess[key] = now()
	m.data[key] = v
	m.mu.Unlock()
}

type tokenBucket struct{ capacity int }

func limiterFor(b Backend, client string) *tokenBucket {
	if v, ok := b.Load(client); ok {
		return v.(*tokenBucket)
	}
	tb := &tokenBucket{capacity: 10}
	b.Store(client, tb)
	return tb
}

func main() {
	backend := newMemoryBackend()
	limiterFor(backend, "10.0.0.1")
	limiterFor(backend, "10.0.0.2")
	var wg sync.WaitGroup
	for _, ip := range []string{"10.0.0.1", "10.0.0.2"} {
		wg.Go(func() { limiterFor(backend, ip) })
	}
	wg.Wait()
	fmt.Println(len(backend.lastAccess))
}
