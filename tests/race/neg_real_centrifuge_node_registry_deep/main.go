// Reduced from github.com/centrifugal/centrifuge v0.40.1, node.go:2008 and :2027
// (nodeRegistry.add), where mapscope check reported `r.nodes` and `r.updates` written by two
// instances of the control worker (broker_redis.go:621) with "no lock held in common": add locks
// r.mu around both. The report needs the whole chain from Node.Run, an entry point nothing in
// the program calls (as in the library, where the application calls it; with a call from main,
// or one call fewer anywhere in the chain, there is none), so main does not start it. A near
// miss: a mutex named only through a long chain of bindings. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type (
	ControlEventHandler interface{ HandleControl(data []byte) error }
	Controller          interface {
		RegisterControlEventHandler(ControlEventHandler) error
	}
	RedisBroker struct {
		shards  []int
		closeCh chan struct{}
	}
	nodeRegistry struct {
		mu    sync.RWMutex
		nodes map[string]int
	}
	Node struct {
		controller Controller
		nodes      *nodeRegistry
	}
)

func (b *RedisBroker) RegisterControlEventHandler(h ControlEventHandler) error {
	for _, shard := range b.shards {
		b.runControlShard(shard, h)
	}
	return nil
}

func (b *RedisBroker) runForever(fn func()) {
	for {
		select {
		case <-b.closeCh:
			return
		default:
		}
		fn()
	}
}

func (b *RedisBroker) runControlShard(shard int, h ControlEventHandler) {
	go b.runForever(func() { b.runControlPubSub(shard, h) })
}

func (b *RedisBroker) runControlPubSub(shard int, eventHandler ControlEventHandler) {
	workCh := make(chan []byte)
	defer close(workCh)
	for i := 0; i < 4; i++ {
		go func() {
			for msg := range workCh {
				_ = eventHandler.HandleControl(msg)
			}
		}()
	}
	workCh <- []byte(fmt.Sprint("node", shard))
}

func (r *nodeRegistry) add(uid string) error {
	r.mu.Lock()
	r.nodes[uid]++
	r.mu.Unlock()
	return nil
}

func (n *Node) Run() error { return n.controller.RegisterControlEventHandler(n) }

func (n *Node) HandleControl(data []byte) error { return n.handleControl(data) }

func (n *Node) handleControl(data []byte) error { return n.nodeCmd(string(data)) }

func (n *Node) nodeCmd(uid string) error { return n.nodes.add(uid) }

func main() {
	fmt.Println("ok")
}
