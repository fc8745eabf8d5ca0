// A job runner tracks in-flight jobs by ID; each job gets a context and a watcher goroutine
// that deletes the job from the table once the context is done, and then closes the job's
// gone channel. The admin's Cancel calls the job's cancel func and waits on gone before it
// returns, so the caller's lookup comes after the watcher's delete.
package main

import (
	"context"
	"fmt"
	"sync"
)

type job struct {
	cancel context.CancelFunc
	gone   chan struct{}
}

type Runner struct {
	jobs     map[string]*job
	watchers sync.WaitGroup
}

func (r *Runner) Start(parent context.Context, id string) context.Context {
	ctx, cancel := context.WithCancel(parent)
	j := &job{cancel: cancel, gone: make(chan struct{})}
	r.jobs[id] = j
	r.watchers.Go(func() {
		<-ctx.Done()
		delete(r.jobs, id)
		close(j.gone)
	})
	return ctx
}

func (r *Runner) Cancel(id string) bool {
	j, ok := r.jobs[id]
	if !ok {
		return false
	}
	j.cancel()
	<-j.gone
	return true
}

func (r *Runner) Running(id string) bool {
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
	fmt.Println("cancelled:", cancelled, "still listed right after:", still, "left:", len(r.jobs))
}
