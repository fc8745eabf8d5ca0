// Reduced from moby/swarmkit/v2 v2.0.0, manager/role_manager.go:122 and :130, where mapscope
// check reported the maps of the role manager written by two instances of the goroutine that
// becomeLeader starts (manager/manager.go:1139). Each leadership term builds a new role manager
// with its own maps (the constructor's call is stored in the manager's field just before the
// `go` that is handed the field), and becomeFollower stops the previous one before the next
// term: no two instances share a map. The line appears only with another constructor called
// between the field's store and the `go` (the CSI volume manager's, here). Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type reconciler struct {
	pendingRemoval map[string]struct{}
	pending        map[string]int
	events         chan string
	stop           chan struct{}
	done           chan struct{}
}

func newReconciler() *reconciler {
	return &reconciler{
		pendingRemoval: make(map[string]struct{}),
		pending:        make(map[string]int),
		events:         make(chan string),
		stop:           make(chan struct{}),
		done:           make(chan struct{}),
	}
}

func (r *reconciler) run(members []string) {
	defer close(r.done)
	for _, m := range members {
		r.pendingRemoval[m] = struct{}{}
	}
	for {
		select {
		case ev := <-r.events:
			delete(r.pendingRemoval, ev)
			r.pending[ev]++
		case <-r.stop:
			return
		}
	}
}

func (r *reconciler) halt() {
	close(r.stop)
	<-r.done
}

type volumes struct {
	startOnce sync.Once
	stopOnce  sync.Once
	stop      chan struct{}
	done      chan struct{}
}

func newVolumes() *volumes {
	return &volumes{stop: make(chan struct{}), done: make(chan struct{})}
}

func (v *volumes) Run() {
	v.startOnce.Do(func() {
		defer close(v.done)
		<-v.stop
	})
}

func (v *volumes) Stop() {
	v.stopOnce.Do(func() { close(v.stop) })
	<-v.done
}

type node struct {
	mu         sync.Mutex
	reconciler *reconciler
	volumes    *volumes
	terms      int
}

func (n *node) becomeLeader(members []string) {
	n.terms++
	n.reconciler = newReconciler()
	n.volumes = newVolumes()
	go func(r *reconciler) {
		r.run(members)
	}(n.reconciler)
	go func(v *volumes) {
		v.Run()
	}(n.volumes)
	n.reconciler.events <- fmt.Sprintf("term-%d", n.terms)
}

func (n *node) becomeFollower() {
	n.reconciler.halt()
	n.reconciler = nil
	n.volumes.Stop()
	n.volumes = nil
}

func main() {
	n := &node{}
	states := make(chan bool, 6)
	for _, leader := range []bool{true, false, true, false, true, false} {
		states <- leader
	}
	close(states)
	for leader := range states {
		n.mu.Lock()
		if leader {
			n.becomeLeader([]string{"a", "b"})
		} else {
			n.becomeFollower()
		}
		n.mu.Unlock()
	}
	fmt.Println("terms:", n.terms)
}
