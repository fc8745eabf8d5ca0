// Reduced from jellydator/ttlcache v3.4.1, cache.go:761 (and :799, :837), where mapscope check
// reported the test's unlocked read of the subscribers map (cache_test.go:1206) racing with the
// delete a goroutine makes through the returned unsubscribe function (cache_test.go:1177). The
// goroutine deletes, then sends on resCh; the test reads the map only after testify's
// assert.Eventually returned true, which it does only after a condition run in a goroutine of
// its own has received from resCh and handed back true. A near miss: the read is ordered after
// the delete by that chain of channel operations (written here as a small eventually helper of
// the same shape). Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type events struct {
	mu     sync.Mutex
	nextID uint64
	fns    map[uint64]func(string)
}

// subscribe adds fn and returns the function that removes it.
func (e *events) subscribe(fn func(string)) func() {
	e.mu.Lock()
	id := e.nextID
	e.fns[id] = fn
	e.nextID++
	e.mu.Unlock()
	return func() {
		e.mu.Lock()
		delete(e.fns, id)
		e.mu.Unlock()
	}
}

// eventually runs condition in a goroutine on every tick until it returns true or time runs out.
func eventually(condition func() bool, waitFor, tick time.Duration) bool {
	ch := make(chan bool, 1)
	timer := time.NewTimer(waitFor)
	defer timer.Stop()
	ticker := time.NewTicker(tick)
	defer ticker.Stop()
	go func() { ch <- condition() }()
	for {
		select {
		case <-timer.C:
			return false
		case <-ticker.C:
			go func() { ch <- condition() }()
		case v := <-ch:
			if v {
				return true
			}
		}
	}
}

func main() {
	e := &events{fns: map[uint64]func(string){}}
	del1 := e.subscribe(func(string) {})
	e.subscribe(func(string) {})
	resCh := make(chan struct{}, 1)
	go func() {
		del1()
		resCh <- struct{}{}
	}()
	received := eventually(func() bool {
		select {
		case <-resCh:
			return true
		default:
			return false
		}
	}, 10*time.Second, time.Millisecond)
	if !received {
		panic("unsubscribe never returned")
	}
	fmt.Println(len(e.fns))
}
