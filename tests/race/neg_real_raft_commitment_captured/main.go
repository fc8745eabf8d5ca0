// Reduced from hashicorp/raft v1.8.0, commitment.go:81 (commitment.match): "no lock held" on a
// write between c.Lock() and a deferred Unlock(). Delta-debugged from raft: the run goroutine
// reaches match from runLeader and from leaderLoop, both start a closure capturing the receiver,
// goFunc starts two goroutines, and the commitment sits in a struct-valued field; each is needed
// for the report. The lock is held on both paths; a near miss. This program is our own rewrite.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type commitment struct {
	sync.Mutex
	matchIndexes map[string]uint64
}

func (c *commitment) match(server string, idx uint64) {
	c.Lock()
	defer c.Unlock()
	if prev, ok := c.matchIndexes[server]; ok && idx > prev {
		c.matchIndexes[server] = idx
	}
}

type raftState struct{ routines sync.WaitGroup }

func (r *raftState) goFunc(f func()) {
	r.routines.Add(1)
	go func() {
		defer r.routines.Done()
		f()
	}()
}

type leaderState struct{ commitment *commitment }

type raft struct {
	raftState
	leaderState leaderState
	applyCh     chan uint64
	transferCh  chan string
	transfers   sync.WaitGroup
	inTransfer  atomic.Bool
	leaderRuns  atomic.Int32
}

func (r *raft) dispatchLogs(idx uint64) { r.leaderState.commitment.match("self", idx) }

func (r *raft) leaderLoop() {
	for {
		select {
		case <-r.transferCh:
			r.transfers.Add(1)
			go func() {
				defer r.transfers.Done()
				r.inTransfer.Store(false)
			}()
		case idx, ok := <-r.applyCh:
			if !ok {
				return
			}
			r.dispatchLogs(idx)
		}
	}
}

func (r *raft) runLeader() {
	r.leaderState.commitment = &commitment{matchIndexes: map[string]uint64{"self": 0}}
	defer func() { r.leaderRuns.Add(1) }()
	r.dispatchLogs(1)
	r.leaderLoop()
}

func (r *raft) run()    { r.runLeader() }
func (r *raft) runFSM() {}

func main() {
	r := &raft{applyCh: make(chan uint64), transferCh: make(chan string)}
	r.goFunc(r.run)
	r.goFunc(r.runFSM)
	r.applyCh <- 2
	r.transferCh <- "peer"
	r.applyCh <- 3
	close(r.applyCh)
	r.routines.Wait()
	r.transfers.Wait()
	fmt.Println(r.leaderState.commitment.matchIndexes, r.leaderRuns.Load())
}
