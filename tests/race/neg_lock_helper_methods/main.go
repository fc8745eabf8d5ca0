// A session table locks through small helper methods (lock/unlock wrappers that also count
// contention), so the Lock and Unlock calls are one call away from the map accesses.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	mu       sync.Mutex
	sessions map[string]int
	locks    int
}

func (t *table) lock() {
	t.mu.Lock()
	t.locks++
}

func (t *table) unlock() { t.mu.Unlock() }

func (t *table) touch(id string) {
	t.lock()
	defer t.unlock()
	t.sessions[id]++
}

func (t *table) count(id string) int {
	t.lock()
	defer t.unlock()
	return t.sessions[id]
}

func main() {
	t := &table{sessions: make(map[string]int)}
	var wg sync.WaitGroup
	for _, id := range []string{"a", "b", "a"} {
		wg.Go(func() { t.touch(id) })
	}
	n := t.count("a")
	wg.Wait()
	fmt.Println(n <= 2, t.count("a"))
}
