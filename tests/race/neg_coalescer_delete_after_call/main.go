// A generic request coalescer (a home-grown singleflight) registers an in-flight call under
// its lock, runs the loader without the lock, and takes the lock again to remove the call from
// the table; an operator's Forget deletes from the same table under the same lock.
package main

import (
	"fmt"
	"sync"
)

type call[V any] struct {
	wg  sync.WaitGroup
	val V
	err error
}

type Group[K comparable, V any] struct {
	mu    sync.Mutex
	calls map[K]*call[V]
}

func NewGroup[K comparable, V any]() *Group[K, V] {
	return &Group[K, V]{calls: make(map[K]*call[V])}
}

func (g *Group[K, V]) Do(key K, load func() (V, error)) (V, error) {
	g.mu.Lock()
	if c, ok := g.calls[key]; ok {
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err
	}
	c := &call[V]{}
	c.wg.Add(1)
	g.calls[key] = c
	g.mu.Unlock()

	c.val, c.err = load()
	c.wg.Done()
	g.mu.Lock()
	delete(g.calls, key)
	g.mu.Unlock()
	return c.val, c.err
}

// Forget makes the next Do for key load again instead of joining the call in flight.
func (g *Group[K, V]) Forget(key K) {
	g.mu.Lock()
	delete(g.calls, key)
	g.mu.Unlock()
}

type profile struct{ id, name string }

func main() {
	g := NewGroup[string, profile]()
	var loading, done sync.WaitGroup
	loading.Add(1)
	done.Add(1)
	var got profile
	go func() {
		defer done.Done()
		got, _ = g.Do("user:7", func() (profile, error) {
			loading.Done() // the loader is running: the call is registered
			return profile{id: "7", name: "ana"}, nil
		})
	}()
	loading.Wait()
	g.Forget("user:7") // the profile was edited while it loaded
	done.Wait()
	fmt.Println(got.name)
}
