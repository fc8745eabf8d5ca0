// A lease table's All method returns an iter.Seq2 that holds the write lock while it yields;
// the expiry sweep deletes expired leases from inside its range loop under that lock, and a
// status request ranging the same table waits for it.
package main

import (
	"iter"
	"os"
	"strconv"
	"sync"
)

type Leases struct {
	mu     sync.RWMutex
	expiry map[string]int64
}

func (l *Leases) All() iter.Seq2[string, int64] {
	return func(yield func(string, int64) bool) {
		l.mu.Lock()
		defer l.mu.Unlock()
		for holder, at := range l.expiry {
			if !yield(holder, at) {
				return
			}
		}
	}
}

func (l *Leases) Delete(holders ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, h := range holders {
		delete(l.expiry, h)
	}
}

func sweep(l *Leases, now int64) int {
	n := 0
	for holder, at := range l.All() {
		if at < now {
			delete(l.expiry, holder)
			n++
		}
	}
	return n
}

func active(l *Leases, now int64) int {
	n := 0
	for _, at := range l.All() {
		if at >= now {
			n++
		}
	}
	return n
}

func main() {
	l := &Leases{expiry: map[string]int64{"node-1": 90, "node-2": 150, "node-3": 80, "node-4": 200}}
	var wg sync.WaitGroup
	var live int
	wg.Go(func() { live = active(l, 100) })
	swept := sweep(l, 100)
	wg.Wait()
	os.Stdout.WriteString("swept=" + strconv.Itoa(swept) + " live=" + strconv.Itoa(live) + "\n")
}
