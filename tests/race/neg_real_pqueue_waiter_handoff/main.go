// Reduced from github.com/Workiva/go-datastructures v1.1.7, queue/priority_queue.go:176
// (PriorityQueue.Get), where mapscope check reported `delete(pq.itemMap, item)` by the calling
// goroutine racing with the read at line 133 in Put, run by the goroutine of
// priority_queue_test.go:126. A Get on an empty queue parks a sema in `pq.waiters` and waits
// on its `ready` channel without the lock; Put, holding the lock, writes the map, pops the sema,
// sends on `ready` and waits on its `response` WaitGroup, which Get marks done only after its
// delete. A near miss: `ready` has one slot, and a send on a channel happens before the
// receive that takes it whatever the capacity; with `make(chan bool)` or a capacity of two it
// is not reported. Our own rewrite.
package main

import (
	"fmt"
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
	if _, ok := pq.itemMap[item]; !ok {
		pq.itemMap[item] = struct{}{}
		pq.items = append(pq.items, item)
	}
	if s := pq.waiters.get(); s != nil {
		s.response.Add(1)
		s.ready <- true
		s.response.Wait()
	}
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
		delete(pq.itemMap, item)
		s.response.Done()
		return item
	}
	item := pq.items[0]
	pq.items = pq.items[1:]
	delete(pq.itemMap, item)
	pq.lock.Unlock()
	return item
}

func main() {
	q := &PriorityQueue{itemMap: map[int]struct{}{}}
	go q.Put(1)
	fmt.Println(q.Get())
}
