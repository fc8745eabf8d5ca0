// A fleet monitor keeps each agent's last heartbeat in a generic SafeMap. Range takes the map out
// of the struct under the lock and iterates after unlocking, which is only right if writers
// replace the map; Set writes in place. The status page pings stale agents while it ranges, and
// the heartbeat goroutine records their answers with Set into the map still being iterated.
package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	s.m[k] = v // want "concurrent map write"
	s.mu.Unlock()
}

// Range calls f for every entry; f may call back into the monitor, so the lock is not held.
func (s *SafeMap[K, V]) Range(f func(K, V) bool) {
	s.mu.Lock()
	m := s.m
	s.mu.Unlock()
	for k, v := range m { // other access
		if !f(k, v) {
			return
		}
	}
}

type Monitor struct {
	beats *SafeMap[string, time.Time]
	pings chan string
}

func (m *Monitor) heartbeats(wg *sync.WaitGroup) {
	defer wg.Done()
	for agent := range m.pings {
		m.beats.Set(agent+"/pong", time.Now())
	}
}

func (m *Monitor) statusPage(now time.Time, staleAfter time.Duration) (fresh, stale int) {
	m.beats.Range(func(agent string, last time.Time) bool {
		if now.Sub(last) > staleAfter {
			stale++
			m.pings <- agent
		} else {
			fresh++
		}
		return true
	})
	return fresh, stale
}

func main() {
	now := time.Now()
	mon := &Monitor{beats: NewSafeMap[string, time.Time](), pings: make(chan string, 16)}
	for i, age := range []time.Duration{time.Second, time.Minute, 2 * time.Minute, 3 * time.Second} {
		mon.beats.Set(fmt.Sprintf("agent-%d", i), now.Add(-age))
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go mon.heartbeats(&wg)
	fresh, stale := mon.statusPage(now, 30*time.Second)
	close(mon.pings)
	wg.Wait()
	fmt.Println("fresh", fresh, "stale", stale)
}
