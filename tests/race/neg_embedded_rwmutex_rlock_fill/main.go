// A DNS cache embeds a sync.RWMutex; a lookup holds the read lock, and a miss is filled under
// the write lock after checking again, so two resolutions never write the map together.
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
	c.RLock()
	ip, ok := c.entries[name]
	c.RUnlock()
	if ok {
		return ip
	}
	c.Lock()
	defer c.Unlock()
	if ip, ok = c.entries[name]; !ok {
		ip = lookupHost(name)
		c.entries[name] = ip
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
