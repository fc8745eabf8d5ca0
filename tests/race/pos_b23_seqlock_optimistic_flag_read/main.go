// A feature-flag store publishes updates seqlock-style: the writer makes an atomic sequence
// odd, writes the map and makes it even again, and readers read the map without a lock,
// retrying when the sequence moved. The retry hides torn reads from the program, but the
// unlocked read still runs at the same time as the write.
package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type flagStore struct {
	writers sync.Mutex
	seq     atomic.Uint64
	values  map[string]bool
}

func (f *flagStore) Set(name string, on bool) {
	f.writers.Lock()
	defer f.writers.Unlock()
	f.seq.Add(1)
	f.values[name] = on // want "concurrent map write"
	f.seq.Add(1)
}

func (f *flagStore) Enabled(name string) bool {
	for {
		before := f.seq.Load()
		if before%2 == 1 {
			runtime.Gosched()
			continue
		}
		on := f.values[name] // other access
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
