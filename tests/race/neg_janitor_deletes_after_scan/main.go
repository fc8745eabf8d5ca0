// A TTL cache starts its janitor goroutine in the constructor. The janitor collects the
// expired keys under the lock, reports the scan to a hook, and takes the lock again to delete
// them, so its deletes and the callers' stores never overlap.
package main

import (
	"fmt"
	"sync"
	"time"
)

type entry struct {
	value   string
	expires int64
}

type Options struct {
	Interval  time.Duration
	Now       func() int64
	AfterScan func(expired int) // observability hook
}

type Cache struct {
	mu    sync.Mutex
	items map[string]entry
	opts  Options
	stop  chan struct{}
	done  sync.WaitGroup
}

func New(seed map[string]entry, opts Options) *Cache {
	c := &Cache{items: make(map[string]entry, len(seed)), opts: opts, stop: make(chan struct{})}
	for k, e := range seed {
		c.items[k] = e
	}
	c.done.Add(1)
	go c.janitor()
	return c
}

func (c *Cache) janitor() {
	defer c.done.Done()
	t := time.NewTicker(c.opts.Interval)
	defer t.Stop()
	for {
		c.sweep()
		select {
		case <-c.stop:
			return
		case <-t.C:
		}
	}
}

func (c *Cache) sweep() {
	now := c.opts.Now()
	var expired []string
	c.mu.Lock()
	for k, e := range c.items {
		if e.expires <= now {
			expired = append(expired, k)
		}
	}
	c.mu.Unlock()
	if c.opts.AfterScan != nil {
		c.opts.AfterScan(len(expired))
	}
	c.mu.Lock()
	for _, k := range expired {
		delete(c.items, k)
	}
	c.mu.Unlock()
}

func (c *Cache) Set(key, value string, ttl int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = entry{value: value, expires: c.opts.Now() + ttl}
}

func (c *Cache) Close() {
	close(c.stop)
	c.done.Wait()
}

func main() {
	var firstScan sync.WaitGroup
	firstScan.Add(1)
	var once sync.Once
	c := New(map[string]entry{"stale": {value: "x", expires: 5}}, Options{
		Interval:  time.Hour,
		Now:       func() int64 { return 10 },
		AfterScan: func(int) { once.Do(firstScan.Done) },
	})
	firstScan.Wait()
	c.Set("user:1", "ana", 60)
	c.Close()
	fmt.Println(len(c.items))
}
