// Reduced from Admiral-Piett/goaws v0.4.5, app/gosqs/gosqs.go:147, where mapscope check reported
// CreateQueue's `app.SyncQueues.Queues[queueName] = queue` as racing with the range over the same
// map in PeriodicTasks (:53), which TestRequeueing_VisibilityTimeoutExpires runs on a goroutine
// of its own (gosqs_test.go:634), with no lock held in common. Both hold the same lock:
// `app.SyncQueues.Lock()`, the RWMutex embedded in the app package's variable SyncQueues. A near
// miss: the lock is a field of a package variable of another package, taken through its
// promoted method. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"

	"example.com/racecorpus/neg_real_goaws_sweep_locks_other_pkg_var/registry"
)

// periodicTasks sweeps the queues on every tick, as goaws's PeriodicTasks does.
func periodicTasks(d time.Duration, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	ticker := time.NewTicker(d)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			registry.Queues.Lock()
			for name, q := range registry.Queues.ByName {
				if len(q.Messages) > 100 {
					fmt.Println("queue", name, "is long")
				}
			}
			registry.Queues.Unlock()
		case <-quit:
			return
		}
	}
}

// createQueue is the CreateQueue handler's write.
func createQueue(name string) {
	registry.Queues.Lock()
	registry.Queues.ByName[name] = &registry.Queue{Name: name}
	registry.Queues.Unlock()
}

func main() {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go periodicTasks(time.Millisecond, quit, &wg)
	for i := 0; i < 5; i++ {
		createQueue(fmt.Sprint("requeue-", i))
		time.Sleep(time.Millisecond)
	}
	close(quit)
	wg.Wait()
	registry.Queues.RLock()
	fmt.Println(len(registry.Queues.ByName))
	registry.Queues.RUnlock()
}
