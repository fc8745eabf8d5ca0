// Reduced from tikv/client-go v2.0.8-0.20260803075849-c3b50791b9fb,
// internal/client/client_batch.go:253, where mapscope check reported the batch builder's
// `b.forwardingReqs[e.forwardedHost] = batchReq` as written by more than one instance at a time
// of the goroutine batchSendLoop, started at :619. That start is in batchSendLoop's own deferred
// recover: a loop that panics starts its successor and then returns, so the `go` statement
// orders every access of the old loop before the new one, and only the one started by
// connArray.Init (client.go:387) runs at first. A near miss: a goroutine restarts itself from
// its recover handler. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type entry struct {
	forwardedHost string
	req           string
}

type builder struct {
	requests       []string
	forwardingReqs map[string][]string
}

func (b *builder) build(entries []entry) {
	for _, e := range entries {
		if e.forwardedHost == "" {
			b.requests = append(b.requests, e.req)
			continue
		}
		if e.req == "poison" {
			panic("malformed request for " + e.forwardedHost)
		}
		b.forwardingReqs[e.forwardedHost] = append(b.forwardingReqs[e.forwardedHost], e.req)
	}
}

func (b *builder) reset() {
	b.requests = b.requests[:0]
	for host := range b.forwardingReqs {
		delete(b.forwardingReqs, host)
	}
}

type batchConn struct {
	batchCommandsCh chan []entry
	builder         *builder
	restarts        int
	sent            int
	done            *sync.WaitGroup
}

// batchSendLoop sends batches until the channel closes; after a panic it starts a fresh loop.
func (a *batchConn) batchSendLoop() {
	defer func() {
		if r := recover(); r != nil {
			a.restarts++
			go a.batchSendLoop()
			return
		}
		a.done.Done()
	}()
	for entries := range a.batchCommandsCh {
		a.builder.reset()
		a.builder.build(entries)
		a.sent += len(a.builder.requests) + len(a.builder.forwardingReqs)
	}
}

func main() {
	var done sync.WaitGroup
	done.Add(1)
	a := &batchConn{
		batchCommandsCh: make(chan []entry),
		builder:         &builder{forwardingReqs: make(map[string][]string)},
		done:            &done,
	}
	go a.batchSendLoop()
	a.batchCommandsCh <- []entry{{req: "get a"}, {forwardedHost: "tikv-2:20160", req: "get b"}}
	a.batchCommandsCh <- []entry{{forwardedHost: "tikv-3:20160", req: "poison"}}
	a.batchCommandsCh <- []entry{{forwardedHost: "tikv-3:20160", req: "get c"}}
	close(a.batchCommandsCh)
	done.Wait()
	fmt.Println(a.sent, a.restarts)
}
