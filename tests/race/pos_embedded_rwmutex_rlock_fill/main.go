// A DNS cache embeds a sync.RWMutex and fills a miss while holding only the read lock it took
// for the lookup; two resolutions of different names hold the read lock together and write the
// map at the same time.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type dnsCache struct {
	sync.RWMutex
	entries map[string]string
}

func lookupHost(name string) string {
	return "10.0.0." + fmt.Sprint(len(strings.Split(name, ".")))
}

func (c *dnsCache) resolve(name string) string {
	c.RLock() // root cause
	defer c.RUnlock()
	ip, ok := c.entries[name] // other access
	if !ok {
		ip = lookupHost(name)
		c.entries[name] = ip // want "concurrent map write"
	}
	return ip
}

func main() {
	c := &dnsCache{entries: make(map[string]string)}
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	for _, name := range []string{"api.internal", "db.eu.internal"} {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait()
			c.resolve(name)
		})
	}
	wg.Wait()
	fmt.Println(len(c.entries))
}
