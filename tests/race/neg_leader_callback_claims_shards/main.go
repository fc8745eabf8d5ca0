// A controller with client-go style leader election: when the elector wins the lease it runs
// OnStartedLeading in a new goroutine, and the controller's callback claims its shards
// under the same lock that Status takes to report them.
package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type LeaderCallbacks struct {
	OnStartedLeading func(ctx context.Context)
	OnStoppedLeading func()
}

type elector struct {
	identity string
	cb       LeaderCallbacks
	done     chan struct{}
}

func (e *elector) run(ctx context.Context) {
	defer close(e.done)
	// the lease is free in this demo: we lead at once
	var lead sync.WaitGroup
	lead.Go(func() { e.cb.OnStartedLeading(ctx) })
	<-ctx.Done()
	lead.Wait()
	e.cb.OnStoppedLeading()
}

type controller struct {
	mu     sync.RWMutex
	shards []string
	owned  map[string]int // shard -> epoch
	epoch  int
	synced func() // test hook: called once leading, before shards are claimed
}

func (c *controller) startLeading(ctx context.Context) {
	c.synced()
	c.mu.Lock()
	for _, s := range c.shards {
		c.owned[s] = c.epoch
	}
	c.mu.Unlock()
	<-ctx.Done()
}

func (c *controller) Status() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	var out []string
	for s, e := range c.owned {
		out = append(out, s+"@"+strconv.Itoa(e))
	}
	sort.Strings(out)
	return out
}

func main() {
	c := &controller{shards: []string{"eu-1", "us-1"}, owned: map[string]int{}, epoch: 7}
	var ready sync.WaitGroup
	ready.Add(2)
	c.synced = func() { ready.Done(); ready.Wait() }
	ctx, cancel := context.WithCancel(context.Background())
	e := &elector{identity: "pod-a", done: make(chan struct{}), cb: LeaderCallbacks{
		OnStartedLeading: c.startLeading,
		OnStoppedLeading: func() {},
	}}
	go e.run(ctx)
	ready.Done()
	ready.Wait()
	st := c.Status()
	cancel()
	<-e.done
	fmt.Println(len(st) <= 2, len(c.owned))
}
