// A lease manager arms an expiry timer whose callback deletes the lease, and renews the lease
// only when Stop reports that it stopped the timer before it fired: then the callback never
// runs, and the renewal is the map's only writer.
package main

import (
	"fmt"
	"time"
)

type leases struct {
	expiry map[string]time.Time
	timers map[string]*time.Timer
}

func (l *leases) grant(id string, ttl time.Duration) {
	l.expiry[id] = time.Now().Add(ttl)
	l.timers[id] = time.AfterFunc(ttl, func() { delete(l.expiry, id) })
}

func (l *leases) renew(id string, ttl time.Duration) bool {
	if !l.timers[id].Stop() {
		return false // expired, or expiring now: the callback owns the entry
	}
	l.expiry[id] = time.Now().Add(ttl)
	l.timers[id] = time.AfterFunc(ttl, func() { delete(l.expiry, id) })
	l.timers[id].Stop()
	return true
}

func main() {
	l := &leases{expiry: make(map[string]time.Time), timers: make(map[string]*time.Timer)}
	l.grant("node-1", time.Hour)
	fmt.Println(l.renew("node-1", time.Hour), len(l.expiry))
}
