// A small key-value store writes a snapshot to disk every few updates. Set starts the persist
// goroutine while it holds the lock; persist takes the same lock itself before ranging over the
// map (it waits until that Set returns), so a later Set waits for the iteration to end.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Store struct {
	mu       sync.Mutex
	data     map[string]string
	dirty    int
	every    int
	saves    sync.WaitGroup
	snapshot chan string
}

func NewStore(every int) *Store {
	return &Store{data: make(map[string]string), every: every, snapshot: make(chan string, 8)}
}

func (s *Store) Set(k, v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
	s.dirty++
	if s.dirty >= s.every {
		s.dirty = 0
		s.saves.Add(1)
		go s.persist()
	}
}

// persist encodes the store as sorted key=value lines, the format of the snapshot file.
func (s *Store) persist() {
	defer s.saves.Done()
	lines := make([]string, 0, 8)
	s.mu.Lock()
	for k, v := range s.data {
		lines = append(lines, k+"="+v)
	}
	s.mu.Unlock()

	sort.Strings(lines)
	s.snapshot <- strings.Join(lines, "\n")
}

func main() {
	s := NewStore(2)
	s.Set("feature.search", "on")
	s.Set("feature.export", "off")
	s.Set("limits.upload_mb", "64")
	s.Set("limits.rps", "200")
	s.saves.Wait()
	close(s.snapshot)
	n := 0
	for snap := range s.snapshot {
		n++
		fmt.Printf("snapshot %d: %d keys\n", n, strings.Count(snap, "\n")+1)
	}
}
