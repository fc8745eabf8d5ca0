// A caching DNS resolver remembers failed lookups as negative entries from a background
// goroutine that writes the cache without the RWMutex. The batch resolver that uses it flushes
// (waits for) that bookkeeping after every failed lookup, before the next lookup reads the cache.
package main

import (
	"errors"
	"os"
	"strings"
	"sync"
	"time"
)

type entry struct {
	addr     string
	negative bool
	expires  time.Time
}

type Resolver struct {
	mu       sync.RWMutex
	cache    map[string]entry
	upstream map[string]string
	pending  sync.WaitGroup
	now      func() time.Time
}

var errNXDomain = errors.New("no such host")

func (r *Resolver) Lookup(name string) (string, error) {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	r.mu.RLock()
	e, ok := r.cache[name]
	r.mu.RUnlock()
	if ok && r.now().Before(e.expires) {
		if e.negative {
			return "", errNXDomain
		}
		return e.addr, nil
	}
	addr, found := r.upstream[name]
	if !found {
		r.pending.Add(1)
		go r.rememberMiss(name)
		return "", errNXDomain
	}
	r.mu.Lock()
	r.cache[name] = entry{addr: addr, expires: r.now().Add(time.Minute)}
	r.mu.Unlock()
	return addr, nil
}

func (r *Resolver) rememberMiss(name string) {
	defer r.pending.Done()
	r.cache[name] = entry{negative: true, expires: r.now().Add(5 * time.Second)}
}

// Flush waits for background bookkeeping; so does Close.
func (r *Resolver) Flush() { r.pending.Wait() }

func (r *Resolver) Close() { r.Flush() }

func main() {
	start := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	r := &Resolver{
		cache:    make(map[string]entry),
		upstream: map[string]string{"api.internal": "10.1.0.7"},
		now:      func() time.Time { return start },
	}
	var log []string
	for _, q := range []string{"api.internal.", "typo.internal", "API.internal"} {
		addr, err := r.Lookup(q)
		if err != nil {
			log = append(log, q+": "+err.Error())
			r.Flush()
			continue
		}
		log = append(log, q+" -> "+addr)
	}
	r.Close()
	os.Stdout.WriteString(strings.Join(log, "\n") + "\n")
}
