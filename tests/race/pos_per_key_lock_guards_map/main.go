// A shopping-cart service serialises updates per user with a mutex per key, and uses that
// per-user lock to guard the shared carts map too: two different users hold two different
// locks and write the map at the same time.
package main

import (
	"fmt"
	"sync"
)

type cartService struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
	carts map[string][]string
}

func (s *cartService) lockFor(user string) *sync.Mutex {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.locks[user]
	if !ok {
		l = new(sync.Mutex)
		s.locks[user] = l
	}
	return l
}

func (s *cartService) add(user, sku string) {
	l := s.lockFor(user)
	l.Lock() // root cause
	defer l.Unlock()
	s.carts[user] = append(s.carts[user], sku) // want "concurrent map write"
}

func main() {
	s := &cartService{locks: make(map[string]*sync.Mutex), carts: make(map[string][]string)}
	s.lockFor("ada")
	s.lockFor("grace")
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	for _, user := range []string{"ada", "grace"} {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait()
			s.add(user, "sku-"+user)
		})
	}
	wg.Wait()
	fmt.Println(len(s.carts))
}
