// A shopping-cart service serialises updates per user with a mutex per key; each user's cart is
// a struct found or created under the service's lock, and the per-user lock guards only the
// cart's own items.
package main

import (
	"fmt"
	"sync"
)

type cart struct {
	mu    sync.Mutex
	items []string
}

type cartService struct {
	mu    sync.Mutex
	carts map[string]*cart
}

func (s *cartService) cartFor(user string) *cart {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.carts[user]
	if !ok {
		c = new(cart)
		s.carts[user] = c
	}
	return c
}

func (s *cartService) add(user, sku string) {
	c := s.cartFor(user)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = append(c.items, sku)
}

func main() {
	s := &cartService{carts: make(map[string]*cart)}
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
