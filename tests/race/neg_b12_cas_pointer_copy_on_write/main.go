// A feature-flag store uses optimistic concurrency on the map itself: Update clones the published
// flags, changes the clone and publishes it with CompareAndSwap on an atomic.Pointer, retrying from
// the new map when another writer won. Every write goes into a clone no other goroutine has seen,
// so two admins flipping different flags never write the same map.
package main

import (
	"fmt"
	"maps"
	"sort"
	"sync"
	"sync/atomic"
)

type FlagStore struct {
	version atomic.Uint64
	flags   atomic.Pointer[map[string]bool]
}

func NewFlagStore(initial map[string]bool) *FlagStore {
	s := &FlagStore{}
	s.flags.Store(&initial)
	s.version.Store(1)
	return s
}

// Update sets a flag and returns the version that carries the change.
func (s *FlagStore) Update(name string, on bool) uint64 {
	for {
		cur := s.flags.Load()
		next := maps.Clone(*cur)
		next[name] = on
		if s.flags.CompareAndSwap(cur, &next) {
			return s.version.Add(1)
		}
	}
}

func (s *FlagStore) Dump() []string {
	var out []string
	for name, on := range *s.flags.Load() {
		out = append(out, fmt.Sprintf("%s=%v", name, on))
	}
	sort.Strings(out)
	return out
}

func main() {
	s := NewFlagStore(map[string]bool{"dark-mode": false, "new-checkout": true})
	var wg sync.WaitGroup
	var v1 uint64
	wg.Add(1)
	go func() { // the ops console
		defer wg.Done()
		v1 = s.Update("dark-mode", true)
	}()
	v2 := s.Update("new-checkout", false) // the deploy pipeline
	wg.Wait()
	fmt.Println(s.Dump(), "versions", v1 != v2)
}
