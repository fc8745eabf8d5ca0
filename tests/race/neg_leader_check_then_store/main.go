// A cluster agent lets the first worker that sees an empty leadership flag become leader and
// record its lease; the claim is one CompareAndSwap, so exactly one worker writes the lease
// map, and the map is read after every worker is done.
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
	checked.Done()
	checked.Wait()
	if a.claimed.CompareAndSwap(false, true) {
		a.leases[worker] = term
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
