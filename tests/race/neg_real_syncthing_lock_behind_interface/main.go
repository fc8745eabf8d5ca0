// Reduced from syncthing v1.30.0, lib/model/deviceactivity.go:46 (and lib/ignore/cache.go:39,
// lib/model/model.go:2533, cmd/infra/strelaypoolsrv/main.go:541 and stats.go:203), where
// mapscope check reported the device activity counters written by pulling goroutines without a
// lock. Syncthing takes its locks from its own lib/sync package: NewMutex returns an interface,
// Mutex, whose value is a logging mutex when lock debugging is on and a plain *sync.Mutex
// otherwise, and every access to the map holds it. A near miss: the lock is there, only behind
// an interface that a constructor fills. Our own rewrite.
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// Mutex is the lock interface the package hands out.
type Mutex interface {
	Lock()
	Unlock()
}

// loggedMutex reports locks held for too long.
type loggedMutex struct {
	sync.Mutex
	start time.Time
}

func (m *loggedMutex) Lock() {
	m.Mutex.Lock()
	m.start = time.Now()
}

func (m *loggedMutex) Unlock() {
	if d := time.Since(m.start); d > time.Second {
		fmt.Println("lock held for", d)
	}
	m.Mutex.Unlock()
}

var debugLocks = os.Getenv("DEBUG_LOCKS") != ""

func newMutex() Mutex {
	if debugLocks {
		return &loggedMutex{}
	}
	return &sync.Mutex{}
}

type deviceActivity struct {
	act map[string]int
	mut Mutex
}

func newDeviceActivity() *deviceActivity {
	return &deviceActivity{act: make(map[string]int), mut: newMutex()}
}

func (a *deviceActivity) leastBusy(devices []string) string {
	a.mut.Lock()
	defer a.mut.Unlock()
	best, low := "", 1<<30
	for _, d := range devices {
		if n := a.act[d]; n < low {
			best, low = d, n
		}
	}
	return best
}

func (a *deviceActivity) using(device string) {
	a.mut.Lock()
	a.act[device]++
	a.mut.Unlock()
}

func (a *deviceActivity) done(device string) {
	a.mut.Lock()
	a.act[device]--
	a.mut.Unlock()
}

func main() {
	devices := []string{"alpha", "beta", "gamma"}
	activity := newDeviceActivity()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := activity.leastBusy(devices)
			activity.using(d)
			activity.done(d)
		}()
	}
	wg.Wait()
	fmt.Println(len(activity.act))
}
