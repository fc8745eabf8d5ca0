// A feature-flag store uses optimistic concurrency: Update reads the version, and the writer whose
// CompareAndSwap(v, v+1) succeeds applies its change, while a loser retries on the new version.
// The CAS decides the order of version numbers but guards nothing after it: one winner's map write
// is not ordered with the next winner's, so two admins flipping different flags write the map at
// once.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type FlagStore struct {
	version atomic.Uint64
	flags   map[string]bool
}

func NewFlagStore(initial map[string]bool) *FlagStore {
	s := &FlagStore{flags: initial}
	s.version.Store(1)
	return s
}

// Update sets a flag and returns the version that carries the change.
func (s *FlagStore) Update(name string, on bool) uint64 {
	for {
		v := s.version.Load()
		if s.version.CompareAndSwap(v, v+1) {
			s.flags[name] = on // want "concurrent map write"
			return v + 1
		}
	}
}

func (s *FlagStore) Dump() []string {
	var out []string
	for name, on := range s.flags {
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
