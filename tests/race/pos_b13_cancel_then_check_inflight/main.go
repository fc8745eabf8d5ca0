// A job runner tracks in-flight jobs by ID; each job gets a context and a watcher goroutine
// that deletes the job from the table once the context is done. The admin's Cancel calls the
// job's cancel func and returns, and the caller then checks the table to confirm the job is
// gone. cancel only closes the Done channel: the caller's lookup is not ordered with the
// watcher's delete, which runs whenever the watcher gets scheduled.
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
	jobs     map[string]*job
	watchers sync.WaitGroup
}

func (r *Runner) Start(parent context.Context, id string) context.Context {
	ctx, cancel := context.WithCancel(parent)
	r.jobs[id] = &job{cancel: cancel}
	r.watchers.Go(func() {
		<-ctx.Done()
		delete(r.jobs, id) // want "concurrent map write"
	})
	return ctx
}

func (r *Runner) Cancel(id string) bool {
	j, ok := r.jobs[id]
	if !ok {
		return false
	}
	j.cancel()
	return true
}

func (r *Runner) Running(id string) bool {
	_, ok := r.jobs[id] // other access
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
	fmt.Println("cancelled:", cancelled, "still listed right after:", still, "left:", len(r.jobs))
}
