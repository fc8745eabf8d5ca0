// A page store loads its free list once, on first use, from whichever request comes first: the
// sync.Once function starts a scanner goroutine that fills the reachable-pages map and waits for
// it. Two requests race to call Do, but the scanner runs once and is done before Do returns.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	pages    int
	loadOnce sync.Once
	free     []int
}

func (s *store) scan(reachable map[int]bool, done chan<- struct{}) {
	defer close(done)
	for p := 2; p < s.pages; p += 2 {
		reachable[p] = true
	}
}

func (s *store) freePages() []int {
	reachable := make(map[int]bool)
	done := make(chan struct{})
	go s.scan(reachable, done)
	<-done
	var free []int
	for p := 2; p < s.pages; p++ {
		if !reachable[p] {
			free = append(free, p)
		}
	}
	return free
}

func (s *store) allocate() int {
	s.loadOnce.Do(func() { s.free = s.freePages() })
	return len(s.free)
}

func main() {
	s := &store{pages: 10}
	var wg sync.WaitGroup
	counts := make([]int, 2)
	for i := range counts {
		wg.Go(func() { counts[i] = s.allocate() })
	}
	wg.Wait()
	fmt.Println(counts)
}
