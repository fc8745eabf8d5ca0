// A rate limiter whose helper for dropping servers that missed their heartbeat is only ever
// called with the limiter's lock held: by the update path and by the janitor, which takes it.
package main

import (
	"fmt"
	"sync"
)

type limiter struct {
	mu      sync.Mutex
	servers map[string]int64 // server ID -> last heartbeat
}

// dropServers forgets servers that missed their heartbeat. l.mu must be held.
func (l *limiter) dropServers(missed []string) {
	for _, id := range missed {
		delete(l.servers, id)
	}
}

func (l *limiter) addOrUpdateServer(id string, at int64, missed []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.servers[id] = at
	l.dropServers(missed)
}

func (l *limiter) janitor(missed []string, wg *sync.WaitGroup) {
	defer wg.Done()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.dropServers(missed)
}

func main() {
	l := &limiter{servers: map[string]int64{"gw-1": 1, "gw-2": 95}}
	var wg sync.WaitGroup
	wg.Add(1)
	go l.janitor([]string{"gw-1"}, &wg)
	l.addOrUpdateServer("gw-3", 100, []string{"gw-1"})
	wg.Wait()
	fmt.Println(len(l.servers))
}
