// A log file's write path looks measurements up under the read lock and creates a missing one
// under the write lock, checking again after taking it.
package main

import (
	"fmt"
	"sync"
)

type measurement struct {
	name   string
	points int
}

type logFile struct {
	mu  sync.RWMutex
	mms map[string]*measurement
}

func (f *logFile) measurement(name string) *measurement {
	f.mu.RLock()
	mm := f.mms[name]
	f.mu.RUnlock()
	if mm != nil {
		return mm
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if mm = f.mms[name]; mm == nil {
		mm = &measurement{name: name}
		f.mms[name] = mm
	}
	return mm
}

func (f *logFile) writes(points []string) {
	for _, p := range points {
		f.measurement(p)
	}
}

func main() {
	f := &logFile{mms: make(map[string]*measurement)}
	var wg sync.WaitGroup
	for _, batch := range [][]string{{"cpu", "mem"}, {"cpu", "net"}} {
		wg.Go(func() { f.writes(batch) })
	}
	wg.Wait()
	fmt.Println(len(f.mms), f.mms["cpu"].points)
}
