// Shape of a real fix: TykTechnologies/drl PR #1 ("Mutex fix to avoid concurrent map write
// panic", https://github.com/TykTechnologies/drl/pull/1): cleanServerList modified the map
// without any lock. A rate limiter's server list is updated under a lock, and the helper that
// drops servers which missed their heartbeat expects that lock to be held; the janitor calls
// the helper without it.
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
		delete(l.servers, id) // want "concurrent map write"
	}
}

func (l *limiter) addOrUpdateServer(id string, at int64, missed []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.servers[id] = at // other access
	l.dropServers(missed)
}

func (l *limiter) janitor(missed []string, wg *sync.WaitGroup) {
	defer wg.Done()
	l.dropServers(missed) // root cause
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
