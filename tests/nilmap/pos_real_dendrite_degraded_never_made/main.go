// A real bug found by mapscope check in matrix-org/dendrite v0.13.8, setup/process/process.go:58:
// NewProcessContext does not make the `degraded` map, and nothing else in the module does, so
// ProcessContext.Degraded panics on its first call. It is called when a JetStream stream that
// should be on disk could only be added in memory (setup/jetstream/nats.go:212). This program
// is our own reproduction of that shape, not the project's code.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type processContext struct {
	mu       sync.RWMutex
	ctx      context.Context
	shutdown context.CancelFunc
	degraded map[string]struct{}
}

func newProcessContext() *processContext {
	ctx, shutdown := context.WithCancel(context.Background())
	return &processContext{ctx: ctx, shutdown: shutdown}
}

func (b *processContext) setDegraded(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.degraded[err.Error()]; !ok {
		b.degraded[err.Error()] = struct{}{} // want "nil map"
	}
}

func (b *processContext) isDegraded() (bool, []string) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if len(b.degraded) == 0 {
		return false, nil
	}
	reasons := make([]string, 0, len(b.degraded))
	for reason := range b.degraded {
		reasons = append(reasons, reason)
	}
	return true, reasons
}

func addStream(process *processContext, name string, onDisk bool) {
	if !onDisk {
		process.setDegraded(errors.New("stream " + name + " is running in-memory"))
	}
}

func main() {
	process := newProcessContext()
	defer process.shutdown()
	addStream(process, "OutputRoomEvent", false)
	fmt.Println(process.isDegraded())
}
