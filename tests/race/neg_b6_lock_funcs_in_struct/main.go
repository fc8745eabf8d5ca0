// A small table type takes its locking as two funcs, so callers can hand it a Mutex or either
// side of an RWMutex. The quota service builds its reader table from rw.RLock and rw.RUnlock
// and its writer table from rw.Lock and rw.Unlock, so two writers take turns on the map.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	lock, unlock func()
	rows         map[string]int
}

func (t table) add(key string, n int) {
	t.lock()
	defer t.unlock()
	t.rows[key] += n
}

func (t table) get(key string) int {
	t.lock()
	defer t.unlock()
	return t.rows[key]
}

func main() {
	var rw sync.RWMutex
	rows := map[string]int{}
	reader := table{lock: rw.RLock, unlock: rw.RUnlock, rows: rows}
	writer := table{lock: rw.Lock, unlock: rw.Unlock, rows: rows}

	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, tenant := range []string{"acme", "globex"} {
		wg.Go(func() {
			<-start
			writer.add(tenant, 10)
		})
	}
	close(start)
	wg.Wait()
	fmt.Println(reader.get("acme"), reader.get("globex"))
}
