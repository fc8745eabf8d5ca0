// Reduced from alexedwards/scs v2.9.0, memstore/memstore_test.go:114 (TestCleanupInterval): the
// test builds the store with a positive cleanup interval, so its cleanup goroutine runs, and
// then writes `m.items` directly, without the store's lock, while that goroutine ranges over
// the map under the lock (memstore.go:135). The lock orders nothing, as only one side takes it;
// `go test -race ./memstore/` reports the pair. mapscope check names the same pair at
// memstore_test.go:12 (TestFind, whose store has no cleanup goroutine) instead, the first write
// of the file. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type item struct {
	data    []byte
	expires int64
}

type store struct {
	mu    sync.Mutex
	items map[string]item
	swept chan int
	stop  chan struct{}
}

// newStore starts a goroutine that drops expired items every interval.
func newStore(interval time.Duration) *store {
	s := &store{items: make(map[string]item), swept: make(chan int, 1), stop: make(chan struct{})}
	go s.cleanup(interval)
	return s
}

func (s *store) cleanup(interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			now := time.Now().UnixNano()
			live := 0
			s.mu.Lock()
			for _, it := range s.items { // other access
				if now <= it.expires {
					live++
				}
			}
			s.mu.Unlock()
			select {
			case s.swept <- live:
			default:
			}
		case <-s.stop:
			return
		}
	}
}

func main() {
	s := newStore(time.Millisecond)
	s.items["session_token"] = item{data: []byte("encoded"), expires: time.Now().Add(time.Minute).UnixNano()} // want "concurrent map write"
	live := <-s.swept
	close(s.stop)
	fmt.Println("swept, live items:", live <= 1)
}
