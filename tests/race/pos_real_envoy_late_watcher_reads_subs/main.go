// Reduced from github.com/envoyproxy/go-control-plane v0.14.0, pkg/cache/v3/simple_test.go:177
// (TestSnapshotCacheWithTTL), where mapscope check reported `subs[typ] = sub` by the goroutine of
// the one resource type with a time to live racing with `sub := subs[typ]` (:155) in the
// goroutines of the other types. The map has no lock: a reader is ordered before the write only
// when it opens its watch on the cache, under the cache's mutex, before the heartbeat that leads
// to the write takes that mutex. A watcher scheduled after the first heartbeat (here: one that
// waits for it) reads the map unordered with the TTL watcher's write. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type cache struct {
	mu      sync.Mutex
	ttl     map[string]bool // the types with resources that expire
	watches map[int]chan int
	types   map[int]string
	next    int
}

func (c *cache) createWatch(typ string, out chan int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.watches[c.next] = out
	c.types[c.next] = typ
	c.next++
}

// heartbeat answers, and closes, the open watches of the types with expiring resources, and
// tells how many it answered.
func (c *cache) heartbeat(version int) (answered int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, out := range c.watches {
		if c.ttl[c.types[id]] {
			out <- version
			delete(c.watches, id)
			answered++
		}
	}
	return answered
}

func main() {
	types := []string{"cluster", "endpoint", "listener"}
	c := &cache{ttl: map[string]bool{"endpoint": true}, watches: map[int]chan int{}, types: map[int]string{}}
	done, firstBeat := make(chan struct{}), make(chan struct{})
	var beats sync.WaitGroup
	beats.Go(func() {
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for n, beaten := 1, false; ; n++ {
			select {
			case <-tick.C:
				if c.heartbeat(n) > 0 && !beaten {
					beaten = true
					close(firstBeat)
				}
			case <-done:
				return
			}
		}
	})

	subs := map[string]int{} // the last version each type's watcher saw
	for _, typ := range types {
		subs[typ] = 0
	}
	var stopOnce sync.Once
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, typ := range types {
		wg.Go(func() {
			if !c.ttl[typ] {
				<-firstBeat // scheduled late
			}
			for seen := 0; ; {
				last := subs[typ] // other access
				out := make(chan int, 1)
				c.createWatch(typ, out)
				select {
				case v := <-out:
					subs[typ] = max(last, v) // want "concurrent map write"
					if seen++; seen == 20 {
						stopOnce.Do(func() { close(stop) })
					}
				case <-stop:
					return
				}
			}
		})
	}
	wg.Wait()
	close(done)
	beats.Wait()
	fmt.Println(len(subs), subs["endpoint"] >= 20, subs["cluster"])
}
