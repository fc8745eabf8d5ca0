// A feature-flag store guards its map with a CompareAndSwap spinlock: Update spins until it turns
// the busy flag from false to true, writes the flag and bumps the version, and stores false
// again. The release store is seen by the next winner's CAS, so two admins flipping different
// flags write the map one after the other.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

type FlagStore struct {
	busy    atomic.Bool // a spinlock: updates are rare and short
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
	for !s.busy.CompareAndSwap(false, true) {
		runtime.Gosched()
	}
	s.flags[name] = on
	v := s.version.Add(1)
	s.busy.Store(false)
	return v
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
