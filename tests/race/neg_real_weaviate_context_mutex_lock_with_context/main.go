// Reduced from weaviate v1.35.2, entities/sync/sync_test.go:362 (TestContextMutexCriticalSection),
// where mapscope check reported a concurrent write to `raceDetector`. The mutex is a token
// channel of capacity one: Lock sends the token, Unlock takes it back, and LockWithContext sends
// it inside a select that may give up when the context is done, returning nil exactly when the
// send won. Every write runs with the token held (after Lock, or where LockWithContext returned
// nil). A near miss: a context-aware lock whose success the caller tests. Our own rewrite.
package main

import (
	"context"
	"fmt"
	"sync"
)

type contextMutex struct {
	ch chan struct{}
}

func newContextMutex() *contextMutex {
	return &contextMutex{ch: make(chan struct{}, 1)}
}

func (m *contextMutex) Lock() { m.ch <- struct{}{} }

func (m *contextMutex) Unlock() {
	select {
	case <-m.ch:
	default:
		panic("unlock of unlocked contextMutex")
	}
}

// LockWithContext takes the token unless the context is done first.
func (m *contextMutex) LockWithContext(ctx context.Context) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case m.ch <- struct{}{}:
		return nil
	}
}

func main() {
	m := newContextMutex()
	seen := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				m.Lock()
				seen[worker]++
				m.Unlock()
				if err := m.LockWithContext(context.Background()); err == nil {
					seen[worker]++
					m.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(seen), seen[0])
}
