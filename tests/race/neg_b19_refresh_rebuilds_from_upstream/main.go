// A resolver cache serves lookups from the table it takes under the read lock; on a miss it
// starts an asynchronous refresh and memoizes the computed answer into the table it holds,
// unlocked, but the refresh builds its successor from upstream alone and never reads that table.
package main

import (
	"os"
	"strconv"
	"sync"
)

type Resolver struct {
	mu    sync.RWMutex
	table map[string]string
	wg    sync.WaitGroup
}

func (r *Resolver) current() map[string]string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.table
}

func (r *Resolver) refresh(upstream map[string]string) {
	defer r.wg.Done()
	r.mu.Lock()
	defer r.mu.Unlock()
	next := make(map[string]string, len(upstream))
	for host, ip := range upstream {
		next[host] = ip
	}
	r.table = next
}

func synthesize(host string) string {
	sum := 0
	for _, c := range host {
		sum = (sum*31 + int(c)) % 250
	}
	return "10.1.0." + strconv.Itoa(sum+1)
}

func (r *Resolver) Lookup(host string) string {
	t := r.current()
	if ip, ok := t[host]; ok {
		return ip
	}
	r.wg.Add(1)
	go r.refresh(map[string]string{"cdn.example": "10.0.0.9"})
	ip := synthesize(host)
	t[host] = ip
	return ip
}

func main() {
	r := &Resolver{table: map[string]string{"api.example": "10.0.0.2"}}
	out := r.Lookup("api.example") + " " + r.Lookup("billing.example")
	r.wg.Wait()
	out += " " + r.Lookup("cdn.example") + " " + r.Lookup("billing.example")
	os.Stdout.WriteString(out + "\n")
}
