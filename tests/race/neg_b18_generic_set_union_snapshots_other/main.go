// A generic concurrent Set locks its own mutex in Add and Union, and Union first copies the other
// set's items under the other set's lock, so merging the blocked IPs of a feed while the feed's
// own goroutine adds to it never reads the feed's map without the feed's lock.
package main

import (
	"os"
	"sort"
	"strings"
	"sync"
)

type Set[T comparable] struct {
	mu    sync.Mutex
	items map[T]struct{}
}

func NewSet[T comparable]() *Set[T] {
	return &Set[T]{items: make(map[T]struct{})}
}

func (s *Set[T]) Add(v T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[v] = struct{}{}
}

func (s *Set[T]) Items() []T {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]T, 0, len(s.items))
	for v := range s.items {
		out = append(out, v)
	}
	return out
}

func (s *Set[T]) Union(other *Set[T]) {
	incoming := other.Items()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range incoming {
		s.items[v] = struct{}{}
	}
}

func (s *Set[T]) Sorted(less func(a, b T) int) []T {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]T, 0, len(s.items))
	for v := range s.items {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) < 0 })
	return out
}

func main() {
	feed := NewSet[string]()
	feed.Add("203.0.113.9")
	blocked := NewSet[string]()
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, ip := range []string{"198.51.100.4", "192.0.2.77"} {
			feed.Add(ip)
		}
	})
	blocked.Union(feed)
	wg.Wait()
	os.Stdout.WriteString(strings.Join(blocked.Sorted(strings.Compare), " ") + "\n")
}
