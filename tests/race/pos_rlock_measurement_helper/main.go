// Shape of a real fix: influxdata/influxdb PR #19420 ("fix(tsi1): Acquire a lock when modifying
// measurement map", https://github.com/influxdata/influxdb/pull/19420). A log file's write
// path holds only the read lock and calls a helper that creates missing measurements in a
// shared map; concurrent writers race in the helper.
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

func (f *logFile) createMeasurementIfNotExists(name string) *measurement {
	mm := f.mms[name] // other access
	if mm == nil {
		mm = &measurement{name: name}
		f.mms[name] = mm // want "concurrent map write"
	}
	return mm
}

func (f *logFile) writes(points []string) {
	f.mu.RLock() // root cause
	defer f.mu.RUnlock()
	for _, p := range points {
		f.createMeasurementIfNotExists(p).points++
	}
}

func main() {
	f := &logFile{mms: make(map[string]*measurement)}
	var wg sync.WaitGroup
	for _, batch := range [][]string{{"cpu", "mem"}, {"disk", "net"}} {
		wg.Go(func() { f.writes(batch) })
	}
	wg.Wait()
	fmt.Println(len(f.mms))
}
