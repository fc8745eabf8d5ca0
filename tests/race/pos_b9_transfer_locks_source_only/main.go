// A payments ledger places a hold on both accounts of a transfer. Transfer locks the source
// account's mutex and writes the destination's holds map under it too, so two customers paying
// the same merchant at once write the merchant's map under two different locks.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu    sync.Mutex
	id    string
	holds map[string]int64 // pending amounts by transfer id
}

func NewAccount(id string) *Account {
	return &Account{id: id, holds: make(map[string]int64)}
}

func Transfer(from, to *Account, transferID string, cents int64) {
	from.mu.Lock() // root cause
	defer from.mu.Unlock()
	from.holds[transferID] = -cents
	to.holds[transferID] = cents // want "concurrent map write"
}

func (a *Account) Pending() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	var sum int64
	for _, c := range a.holds {
		sum += c
	}
	return sum
}

func main() {
	merchant := NewAccount("merchant-7")
	customers := []*Account{NewAccount("alice"), NewAccount("bob")}
	var arrived, wg sync.WaitGroup
	arrived.Add(len(customers))
	for i, c := range customers {
		id := fmt.Sprintf("tx-%d", i)
		wg.Go(func() {
			arrived.Done()
			arrived.Wait() // both checkouts pay at once
			Transfer(c, merchant, id, 1250)
		})
	}
	wg.Wait()
	fmt.Println(merchant.Pending(), customers[0].Pending(), customers[1].Pending())
}
