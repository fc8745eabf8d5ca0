// A cluster agent lets the first worker that sees an empty leadership flag become leader and
// record its lease; the check (Load) and the claim (Store) are two atomic steps, so two workers
// can both claim and both write the lease map.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type agent struct {
	claimed atomic.Bool
	leases  map[string]int64
}

func (a *agent) tryLead(worker string, term int64, checked *sync.WaitGroup) {
	free := !a.claimed.Load()
	checked.Done()
	checked.Wait()
	if free {
		a.claimed.Store(true)
		a.leases[worker] = term // want "concurrent map write"
	}
}

func main() {
	a := &agent{leases: make(map[string]int64)}
	var checked, wg sync.WaitGroup
	workers := []string{"node-a", "node-b"}
	checked.Add(len(workers))
	for i, w := range workers {
		wg.Go(func() { a.tryLead(w, int64(i+1), &checked) })
	}
	wg.Wait()
	fmt.Println(len(a.leases))
}
