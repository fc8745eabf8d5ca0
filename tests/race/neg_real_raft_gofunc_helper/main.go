// Reduced from hashicorp/raft v1.8.0, raft.go:612 and :858 (the leader's replState and notify
// maps), where mapscope check reported the run goroutine racing with "another instance of it":
// every goroutine of a Raft starts through one helper, `goFunc(f)` (state.go:147), which is
// called in a loop for the per-peer replicators but only once for r.run; the maps are touched
// by r.run alone. Instances of the helper's goroutine running different functions were taken
// for instances of one goroutine. A near miss; this program is our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type node struct {
	routines sync.WaitGroup
	peers    []string
	applyCh  chan int
	replCh   map[string]chan int
	repl     map[string]int
	acked    chan string
}

func (n *node) goFunc(f func()) {
	n.routines.Add(1)
	go func() {
		defer n.routines.Done()
		f()
	}()
}

func (n *node) replicate(peer string, ch <-chan int) {
	for range ch {
		n.acked <- peer
	}
}

func (n *node) run() {
	n.repl = make(map[string]int)
	for _, p := range n.peers {
		ch := n.replCh[p]
		n.repl[p] = 0
		n.goFunc(func() { n.replicate(p, ch) })
	}
	for idx := range n.applyCh {
		for p := range n.repl {
			n.replCh[p] <- idx
			n.repl[<-n.acked] = idx
		}
	}
	for _, ch := range n.replCh {
		close(ch)
	}
}

func main() {
	n := &node{peers: []string{"a", "b"}, applyCh: make(chan int), acked: make(chan string)}
	n.replCh = map[string]chan int{"a": make(chan int), "b": make(chan int)}
	n.goFunc(n.run)
	n.applyCh <- 1
	n.applyCh <- 2
	close(n.applyCh)
	n.routines.Wait()
	fmt.Println(len(n.repl))
}
