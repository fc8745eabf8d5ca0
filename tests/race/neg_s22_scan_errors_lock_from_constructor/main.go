// Reduced from syncthing v1.30.0, lib/model/model.go:2533 (ScanFolders), where mapscope check
// reported the per-folder scan goroutines writing the shared errors map without a lock. The
// goroutines do lock: the mutex is a local variable set to what the package's constructor
// returns, an interface over either a logging mutex or a plain *sync.Mutex, captured by every
// goroutine. A near miss: the lock is behind an interface a call returns. Our own rewrite.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"time"
)

// Mutex is the lock interface the package hands out.
type Mutex interface {
	Lock()
	Unlock()
}

type timedMutex struct {
	sync.Mutex
	since time.Time
}

func (m *timedMutex) Lock() {
	m.Mutex.Lock()
	m.since = time.Now()
}

func (m *timedMutex) Unlock() {
	if d := time.Since(m.since); d > time.Second {
		fmt.Fprintln(os.Stderr, "lock held for", d)
	}
	m.Mutex.Unlock()
}

var traceLocks = os.Getenv("TRACE_LOCKS") != ""

func newMutex() Mutex {
	if traceLocks {
		return &timedMutex{}
	}
	return &sync.Mutex{}
}

func scanFolder(folder string) error {
	if len(folder)%2 == 0 {
		return fmt.Errorf("%s: permission denied", folder)
	}
	return nil
}

func scanFolders(folders []string) map[string]error {
	errors := make(map[string]error, len(folders))
	errorsMut := newMutex()
	var wg sync.WaitGroup
	wg.Add(len(folders))
	for _, folder := range folders {
		go func() {
			defer wg.Done()
			if err := scanFolder(folder); err != nil {
				errorsMut.Lock()
				errors[folder] = err
				errorsMut.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors
}

func main() {
	errs := scanFolders([]string{"docs", "photos", "music", "work", "tmp1"})
	names := make([]string, 0, len(errs))
	for name := range errs {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)
}
