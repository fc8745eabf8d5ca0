// A service keeps shared state in a generic Guarded[T] wrapper whose Do method runs a closure
// under the wrapper's mutex. The quota refresher goes through Do, but the request path, for
// speed, reads the wrapped map through Peek, which hands out the value without the lock.
package main

import (
	"fmt"
	"sync"
)

type Guarded[T any] struct {
	mu sync.Mutex
	v  T
}

func NewGuarded[T any](v T) *Guarded[T] { return &Guarded[T]{v: v} }

func (g *Guarded[T]) Do(f func(v *T)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	f(&g.v)
}

// Peek returns the value as it is; the caller must not keep it across calls.
func (g *Guarded[T]) Peek() T { return g.v }

type quotas = map[string]int

func refresh(q *Guarded[quotas], tenants []string, start *sync.WaitGroup) {
	start.Done()
	start.Wait()
	q.Do(func(m *quotas) {
		for i, t := range tenants {
			(*m)[t] = 100 * (i + 1) // want "concurrent map write"
		}
	})
}

func allowed(q *Guarded[quotas], tenant string, used int, start *sync.WaitGroup) bool {
	start.Done()
	start.Wait()
	limit := q.Peek()[tenant] // other access
	return used < limit
}

func main() {
	q := NewGuarded(quotas{"acme": 50})
	var start, done sync.WaitGroup
	start.Add(2)
	done.Add(1)
	go func() {
		defer done.Done()
		refresh(q, []string{"acme", "globex"}, &start)
	}()
	ok := allowed(q, "acme", 70, &start)
	done.Wait()
	fmt.Println(ok)
}
