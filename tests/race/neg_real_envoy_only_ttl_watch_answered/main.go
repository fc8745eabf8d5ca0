// Reduced from github.com/envoyproxy/go-control-plane v0.14.0, pkg/cache/v3/simple_test.go:169
// (TestSnapshotCacheWithTTL), where mapscope check reported `updatesByType[typ]++` by one of the
// goroutines started per resource type at :150 racing with the same write by another of them.
// Each goroutine opens a watch on the cache and counts a response only when the watch is
// answered; the cache's heartbeat answers only the watches of a type that has resources with a
// time to live, and just one type has, so only one goroutine ever reaches the write. A near miss:
// the write sits behind a receive that only one instance's channel is ever sent on. Our own
// rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type watch struct {
	typ string
	out chan string
}

type cache struct {
	mu      sync.Mutex
	ttl     map[string]bool // the types with resources that expire
	watches map[int]watch
	next    int
}

func (c *cache) createWatch(typ string, out chan string) (cancel func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := c.next
	c.next++
	c.watches[id] = watch{typ: typ, out: out}
	return func() {
		c.mu.Lock()
		delete(c.watches, id)
		c.mu.Unlock()
	}
}

// heartbeat answers, and closes, the open watches of the types with expiring resources.
func (c *cache) heartbeat(version string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, w := range c.watches {
		if c.ttl[w.typ] {
			w.out <- version
			delete(c.watches, id)
		}
	}
}

func main() {
	types := []string{"cluster", "endpoint", "listener", "route"}
	c := &cache{ttl: map[string]bool{"endpoint": true}, watches: map[int]watch{}}
	done := make(chan struct{})
	beats := sync.WaitGroup{}
	beats.Go(func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for n := 0; ; n++ {
			select {
			case <-tick.C:
				c.heartbeat(fmt.Sprint("v", n))
			case <-done:
				return
			}
		}
	})

	var stopOnce sync.Once
	stop := make(chan struct{})
	updatesByType := map[string]int{}
	wg := sync.WaitGroup{}
	for _, typ := range types {
		wg.Add(1)
		go func(typ string) {
			defer wg.Done()
			for {
				out := make(chan string, 1)
				cancel := c.createWatch(typ, out)
				select {
				case <-out:
					updatesByType[typ]++
					if updatesByType[typ] == 3 {
						stopOnce.Do(func() { close(stop) })
					}
				case <-stop:
					cancel()
					return
				}
			}
		}(typ)
	}
	wg.Wait()
	close(done)
	beats.Wait()
	fmt.Println(len(updatesByType), updatesByType["endpoint"] >= 3)
}
