// A job runner tracks in-flight jobs by ID; each job gets a context and a watcher goroutine
// that deletes the job from the table once the context is done. Cancel returns right after
// calling the job's cancel func, so a lookup just after it may still see the job, but every
// access to the table, the watcher's delete included, holds the runner's mutex.
package main

import (
	"context"
	"fmt"
	"sync"
)

type job struct {
	cancel context.CancelFunc
}

type Runner struct {
	mu       sync.Mutex
	jobs     map[string]*job
	watchers sync.WaitGroup
}

func (r *Runner) Start(parent context.Context, id string) context.Context {
	ctx, cancel := context.WithCancel(parent)
	r.mu.Lock()
	r.jobs[id] = &job{cancel: cancel}
	r.mu.Unlock()
	r.watchers.Go(func() {
		<-ctx.Done()
		r.mu.Lock()
		delete(r.jobs, id)
		r.mu.Unlock()
	})
	return ctx
}

func (r *Runner) Cancel(id string) bool {
	r.mu.Lock()
	j, ok := r.jobs[id]
	r.mu.Unlock()
	if !ok {
		return false
	}
	j.cancel()
	return true
}

func (r *Runner) Running(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.jobs[id]
	return ok
}

func main() {
	root, stopAll := context.WithCancel(context.Background())
	r := &Runner{jobs: make(map[string]*job)}
	r.Start(root, "reindex-42")
	r.Start(root, "export-7")

	cancelled := r.Cancel("reindex-42")
	still := r.Running("reindex-42")

	stopAll()
	r.watchers.Wait()
	r.mu.Lock()
	left := len(r.jobs)
	r.mu.Unlock()
	fmt.Println("cancelled:", cancelled, "still listed right after:", still, "left:", left)
}
