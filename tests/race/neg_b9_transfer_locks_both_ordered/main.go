// A payments ledger places a hold on both accounts of a transfer. Transfer locks both accounts'
// mutexes, in the order of their ids so that two opposite transfers cannot deadlock, before it
// writes either holds map; two customers paying the same merchant take the merchant's lock in
// turn.
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
	first, second := from, to
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	from.holds[transferID] = -cents
	to.holds[transferID] = cents
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
