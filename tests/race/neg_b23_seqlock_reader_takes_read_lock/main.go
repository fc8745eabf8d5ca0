// A feature-flag store keeps its seqlock-style sequence for change detection but guards the
// map with an RWMutex: the writer writes under the lock and readers read under the read
// lock, so no read runs at the same time as a write.
package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type flagStore struct {
	writers sync.RWMutex
	seq     atomic.Uint64
	values  map[string]bool
}

func (f *flagStore) Set(name string, on bool) {
	f.writers.Lock()
	defer f.writers.Unlock()
	f.seq.Add(1)
	f.values[name] = on
	f.seq.Add(1)
}

func (f *flagStore) Enabled(name string) bool {
	for {
		before := f.seq.Load()
		if before%2 == 1 {
			runtime.Gosched()
			continue
		}
		f.writers.RLock()
		on := f.values[name]
		f.writers.RUnlock()
		if f.seq.Load() == before {
			return on
		}
	}
}

func main() {
	flags := &flagStore{values: map[string]bool{"new-checkout": false}}
	var serving, rolloutOver atomic.Bool
	done := make(chan struct{})
	go func() {
		defer close(done)
		for !serving.Load() { // the rollout starts once traffic flows
			runtime.Gosched()
		}
		for i := range 20000 {
			flags.Set("new-checkout", i%2 == 0)
			runtime.Gosched()
		}
		rolloutOver.Store(true)
	}()
	served := 0
	for {
		serving.Store(true)
		if flags.Enabled("new-checkout") {
			served++
		}
		if rolloutOver.Load() {
			break
		}
		runtime.Gosched()
	}
	<-done
	os.Stdout.WriteString("requests served during the rollout: " + strconv.Itoa(served) + "\n")
}
