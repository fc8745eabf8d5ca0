// Reduced from github.com/centrifugal/centrifuge v0.40.1, redis_pubsub_shared.go:257
// (runPubSubShared), where mapscope check reported `processors` written by the goroutine of
// broker_redis.go:419 ("more than one instance at a time") while the buffer-monitoring goroutine
// of redis_pubsub_shared.go:276 reads it: each run makes its own processors map, fills it, and
// only then starts the monitor that reads it, so a monitor reads the map of the run that started
// it, never one another instance is still filling. A near miss: a map made by each instance of a
// goroutine and handed to a child after the writes. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Broker struct {
	closeCh chan struct{}
	wg      sync.WaitGroup
}

func (b *Broker) runForever(fn func()) {
	defer b.wg.Done()
	for {
		select {
		case <-b.closeCh:
			return
		default:
		}
		fn()
	}
}

func (b *Broker) runPubSub(numProcessors int) {
	done := make(chan struct{})
	defer close(done)
	processors := make(map[int]chan int)
	for i := 0; i < numProcessors; i++ {
		processingCh := make(chan int, 8)
		processors[i] = processingCh
		go func(ch chan int) {
			for {
				select {
				case <-done:
					return
				case <-ch:
				}
			}
		}(processingCh)
	}
	go func() {
		ticker := time.NewTicker(100 * time.Microsecond)
		defer ticker.Stop()
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				for i := 0; i < numProcessors; i++ {
					_ = len(processors[i])
				}
			}
		}
	}()
	for i := 0; i < 50; i++ {
		processors[i%numProcessors] <- i
	}
	time.Sleep(time.Millisecond)
}

func main() {
	b := &Broker{closeCh: make(chan struct{})}
	for shard := 0; shard < 2; shard++ {
		b.wg.Add(1)
		go b.runForever(func() { b.runPubSub(2 + shard) })
	}
	time.Sleep(20 * time.Millisecond)
	close(b.closeCh)
	b.wg.Wait()
	fmt.Println("ok")
}
