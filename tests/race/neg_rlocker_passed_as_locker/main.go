// A feature store guards its map with a sync.RWMutex and hands a sync.Locker to a generic
// "update under lock" helper; the caller passes the RWMutex itself, whose Lock is the write lock.
package main

import (
	"fmt"
	"sync"
)

type featureStore struct {
	rw       sync.RWMutex
	features map[string]float64
}

func underLock(l sync.Locker, fn func()) {
	l.Lock()
	defer l.Unlock()
	fn()
}

func (s *featureStore) set(name string, v float64, arrived *sync.WaitGroup) {
	arrived.Done()
	arrived.Wait()
	underLock(&s.rw, func() {
		s.features[name] = v
	})
}

func main() {
	s := &featureStore{features: make(map[string]float64)}
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	wg.Go(func() { s.set("ctr_7d", 0.031, &arrived) })
	wg.Go(func() { s.set("ltv_90d", 412.5, &arrived) })
	wg.Wait()
	fmt.Println(len(s.features))
}
