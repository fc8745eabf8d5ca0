// A warehouse service keeps stock levels in one map and gives two components their view of it:
// the reservation service and the restock feed. Both views hold a pointer to the inventory's one
// mutex, so a reservation and a restock of the same SKU lock the same mutex while writing the
// shared map.
package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

type Reservations struct {
	mu    *sync.Mutex
	stock map[string]int
}

// Reserve takes n units; stock may go negative, which the fulfilment side treats as a backorder.
func (r *Reservations) Reserve(sku string, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stock[sku] -= n
}

type Restock struct {
	mu    *sync.Mutex
	stock map[string]int
}

func (s *Restock) Receive(sku string, n int) {
	s.mu.Lock()
	s.stock[sku] += n
	s.mu.Unlock()
}

func wire(inv *Inventory) (*Reservations, *Restock) {
	return &Reservations{mu: &inv.mu, stock: inv.stock}, &Restock{mu: &inv.mu, stock: inv.stock}
}

func main() {
	inv := &Inventory{stock: map[string]int{"KB-101": 12, "MS-220": 3}}
	res, feed := wire(inv)

	var wg sync.WaitGroup
	gate := make(chan struct{})
	wg.Add(1)
	go func() { // the supplier feed consumer
		defer wg.Done()
		<-gate
		for _, sku := range []string{"MS-220", "KB-101"} {
			feed.Receive(sku, 10)
		}
	}()
	close(gate)
	res.Reserve("MS-220", 5)
	wg.Wait()
	fmt.Println("stock:", inv.stock["MS-220"], inv.stock["KB-101"])
}
