// A watchdog replaces the checkpoint worker when its heartbeat goes stale, but first
// waits for the old worker to exit: the old one was only stalled on a slow disk, so its
// checkpoint write comes before the replacement's.
package main

import (
	"os"
	"sync"
	"sync/atomic"
	"time"
)

type checkpointer struct {
	heartbeat atomic.Int64 // unix nanoseconds of the last beat
	state     map[string]string
}

func (c *checkpointer) run(name string, stall time.Duration) {
	c.heartbeat.Store(time.Now().UnixNano())
	time.Sleep(stall) // fsync on a slow disk
	c.state["checkpoint"] = name
}

func (c *checkpointer) stale(after time.Duration) bool {
	beat := c.heartbeat.Load()
	return beat != 0 && time.Since(time.Unix(0, beat)) > after
}

func main() {
	c := &checkpointer{state: make(map[string]string)}
	var wg sync.WaitGroup
	exited := make(chan struct{})
	wg.Go(func() {
		defer close(exited)
		c.run("worker-1", 5*time.Millisecond)
	})
	deadline := time.Now().Add(time.Second)
	for !c.stale(time.Millisecond) && time.Now().Before(deadline) {
		time.Sleep(100 * time.Microsecond)
	}
	// The watchdog takes over the checkpoint duty itself, once the old worker is gone.
	<-exited
	c.run("watchdog", 0)
	wg.Wait()
	os.Stdout.WriteString("last checkpoint by " + c.state["checkpoint"] + "\n")
}
