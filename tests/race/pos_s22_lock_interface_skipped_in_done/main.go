// The lock-behind-an-interface shape of neg_real_syncthing_lock_behind_interface, with one
// method that forgets it: done decrements the counter without taking the mutex the constructor
// put behind the package's Mutex interface, so it races with leastBusy and with itself on other
// goroutines.
// A lock reached through the interface guards only the accesses that take it.
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
		if n := a.act[d]; n < low { // other access
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
	a.act[device]-- // want "concurrent map write"
}

func main() {
	devices := []string{"alpha", "beta", "gamma"}
	activity := newDeviceActivity()
	for _, d := range devices {
		activity.using(d)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := activity.leastBusy(devices)
			activity.done(d)
		}()
	}
	wg.Wait()
	fmt.Println(len(activity.act))
}
