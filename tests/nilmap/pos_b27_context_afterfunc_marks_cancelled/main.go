// A job runner gives each job its own context and registers context.AfterFunc on it, so a job
// that is cancelled is moved from the running map to the cancelled map the shutdown report
// prints. newRunner makes the running map but not the cancelled one, so when Shutdown cancels
// the jobs each AfterFunc callback, in its own goroutine, writes into a nil map.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type Runner struct {
	mu        sync.Mutex
	running   map[string]context.CancelFunc
	cancelled map[string]int
	stops     int
	wg        sync.WaitGroup
}

func newRunner() *Runner {
	return &Runner{running: make(map[string]context.CancelFunc)}
}

func (r *Runner) Start(parent context.Context, id string, work func(context.Context)) {
	ctx, cancel := context.WithCancel(parent)
	r.mu.Lock()
	r.running[id] = cancel
	r.mu.Unlock()
	r.wg.Add(1)
	context.AfterFunc(ctx, func() {
		defer r.wg.Done()
		r.mu.Lock()
		defer r.mu.Unlock()
		delete(r.running, id)
		r.stops++
		r.cancelled[id] = r.stops // want "nil map"
	})
	go work(ctx)
}

func (r *Runner) Shutdown() []string {
	r.mu.Lock()
	cancels := make([]context.CancelFunc, 0, len(r.running))
	for _, cancel := range r.running {
		cancels = append(cancels, cancel)
	}
	r.mu.Unlock()
	for _, cancel := range cancels {
		cancel()
	}
	r.wg.Wait()
	ids := make([]string, 0, len(r.cancelled))
	for id := range r.cancelled {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func main() {
	r := newRunner()
	for _, id := range []string{"reindex", "thumbnails", "digest-mail"} {
		r.Start(context.Background(), id, func(ctx context.Context) {
			<-ctx.Done() // long-running jobs stop only when cancelled
		})
	}
	fmt.Println("cancelled at shutdown:", r.Shutdown())
}
