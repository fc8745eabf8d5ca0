// A read-through profile cache releases its mutex while it calls the slow backend so that
// other lookups are not blocked, and takes the mutex back before it stores the fetched
// profile, so two misses at once store one after the other.
package main

import (
	"os"
	"strings"
	"sync"
	"time"
)

type backend struct {
	latency time.Duration
}

func (b *backend) fetch(user string) string {
	time.Sleep(b.latency)
	return strings.ToUpper(user[:1]) + user[1:]
}

type profileCache struct {
	mu       sync.Mutex
	profiles map[string]string
	backend  *backend
}

func (c *profileCache) Get(user string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if name, ok := c.profiles[user]; ok {
		return name
	}
	// Don't hold the lock across the network call.
	c.mu.Unlock()
	name := c.backend.fetch(user)
	c.mu.Lock()
	c.profiles[user] = name
	return name
}

func main() {
	c := &profileCache{profiles: make(map[string]string), backend: &backend{latency: 5 * time.Millisecond}}
	start := make(chan struct{})
	var wg sync.WaitGroup
	var other string
	wg.Go(func() {
		<-start
		other = c.Get("grace")
	})
	close(start)
	mine := c.Get("ada")
	wg.Wait()
	os.Stdout.WriteString(mine + " " + other + " " + c.Get("ada") + "\n")
}
