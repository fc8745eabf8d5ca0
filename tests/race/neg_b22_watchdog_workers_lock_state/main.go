// A watchdog replaces the checkpoint worker when its heartbeat goes stale, without
// stopping the old one: the old worker was only stalled on a slow disk and wakes up, but
// every worker writes the state map under the checkpointer's mutex.
package main

import (
	"os"
	"sync"
	"sync/atomic"
	"time"
)

type checkpointer struct {
	heartbeat atomic.Int64 // unix nanoseconds of the last beat
	mu        sync.Mutex
	state     map[string]string
}

func (c *checkpointer) run(name string, stall time.Duration) {
	c.heartbeat.Store(time.Now().UnixNano())
	time.Sleep(stall) // fsync on a slow disk
	c.mu.Lock()
	c.state["checkpoint"] = name
	c.mu.Unlock()
}

func (c *checkpointer) stale(after time.Duration) bool {
	beat := c.heartbeat.Load()
	return beat != 0 && time.Since(time.Unix(0, beat)) > after
}

func main() {
	c := &checkpointer{state: make(map[string]string)}
	var wg sync.WaitGroup
	wg.Go(func() { c.run("worker-1", 5*time.Millisecond) })
	deadline := time.Now().Add(time.Second)
	for !c.stale(time.Millisecond) && time.Now().Before(deadline) {
		time.Sleep(100 * time.Microsecond)
	}
	// The watchdog takes over the checkpoint duty itself.
	c.run("watchdog", 0)
	wg.Wait()
	os.Stdout.WriteString("last checkpoint by " + c.state["checkpoint"] + "\n")
}
