// A priority queue hands an item to a parked Get through the waiter's one-slot `ready`
// channel, as neg_real_pqueue_waiter_handoff does, but Put records the item in the map after
// its send: Get, woken by the send, deletes from the map without the lock while Put writes
// it. The send orders only what came before it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type sema struct {
	ready    chan bool
	response *sync.WaitGroup
}

type waiters []*sema

func (w *waiters) get() *sema {
	if len(*w) == 0 {
		return nil
	}
	s := (*w)[0]
	*w = (*w)[1:]
	return s
}

type PriorityQueue struct {
	lock    sync.Mutex
	waiters waiters
	items   []int
	itemMap map[int]struct{}
}

func (pq *PriorityQueue) Put(item int) {
	pq.lock.Lock()
	defer pq.lock.Unlock()
	pq.items = append(pq.items, item)
	if s := pq.waiters.get(); s != nil {
		s.response.Add(1)
		s.ready <- true
		pq.itemMap[item] = struct{}{} // want "concurrent map write"
		s.response.Wait()
		return
	}
	pq.itemMap[item] = struct{}{}
}

func (pq *PriorityQueue) Get() int {
	pq.lock.Lock()
	if len(pq.items) == 0 {
		s := &sema{ready: make(chan bool, 1), response: &sync.WaitGroup{}}
		pq.waiters = append(pq.waiters, s)
		pq.lock.Unlock()
		<-s.ready
		item := pq.items[0]
		pq.items = pq.items[1:]
		delete(pq.itemMap, item) // other access
		s.response.Done()
		return item
	}
	item := pq.items[0]
	pq.items = pq.items[1:]
	delete(pq.itemMap, item)
	pq.lock.Unlock()
	return item
}

// main lets Get park before Put runs, so that Put always takes the hand-over path: a Put
// that came first would find no waiter and write under the lock.
func main() {
	q := &PriorityQueue{itemMap: map[int]struct{}{}}
	got := make(chan int)
	go func() { got <- q.Get() }()
	for !q.parked() {
		runtime.Gosched()
	}
	q.Put(1)
	fmt.Println(<-got)
}

func (pq *PriorityQueue) parked() bool {
	pq.lock.Lock()
	defer pq.lock.Unlock()
	return len(pq.waiters) > 0
}
