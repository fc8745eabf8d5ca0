// Reduced from hashicorp/raft v1.8.0, inmem_store.go:127 (InmemStore.SetUint64) and
// commitment.go:81 (commitment.match), where mapscope check reported "no lock held" on writes
// made between Lock() and a deferred Unlock() of the struct's own mutex. One goroutine calls the
// method on two objects of the type (raft's testing.go makes an InmemStore per node; here a
// store for the log and one for the stable state); the walk keeps one record per instruction
// and goroutine, with the map of the first call and only the locks held in every call, and two
// objects' mutexes have nothing in common. A near miss; this program is our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type inmemStore struct {
	l     sync.RWMutex
	kvInt map[string]uint64
}

func newInmemStore() *inmemStore {
	return &inmemStore{kvInt: make(map[string]uint64)}
}

func (i *inmemStore) SetUint64(key string, val uint64) {
	i.l.Lock()
	defer i.l.Unlock()
	i.kvInt[key] = val
}

func (i *inmemStore) GetUint64(key string) uint64 {
	i.l.RLock()
	defer i.l.RUnlock()
	return i.kvInt[key]
}

type node struct {
	stable *inmemStore
	logs   *inmemStore
	done   chan struct{}
}

func (n *node) runFollower() {
	defer close(n.done)
	term := n.stable.GetUint64("CurrentTerm")
	n.stable.SetUint64("CurrentTerm", term+1)
}

func main() {
	n := &node{stable: newInmemStore(), logs: newInmemStore(), done: make(chan struct{})}
	go n.runFollower()
	n.stable.SetUint64("LastVoteTerm", 1)
	n.logs.SetUint64("LastIndex", 7)
	<-n.done
	fmt.Println(n.stable.GetUint64("CurrentTerm"), n.logs.GetUint64("LastIndex"))
}
