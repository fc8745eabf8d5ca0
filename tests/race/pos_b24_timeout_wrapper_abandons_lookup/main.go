// A resolver cache runs each lookup through a withTimeout helper that gives up after a
// deadline but cannot stop the lookup; the abandoned lookup still stores its answer in
// the cache when it finishes, while the caller stores the stale fallback for the same host.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"time"
)

var inflight sync.WaitGroup

// withTimeout runs f in a goroutine and reports whether it finished within d.
func withTimeout(d time.Duration, f func()) bool {
	done := make(chan struct{})
	inflight.Add(1)
	go func() {
		defer inflight.Done()
		f()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

func slowLookup(host string) string {
	time.Sleep(5 * time.Millisecond)
	return "203.0.113." + fmt.Sprint(len(host))
}

func main() {
	cache := map[string]string{"api.example.com": "198.51.100.7"}
	stale := map[string]string{"db.example.com": "198.51.100.20"}

	host := "db.example.com"
	ok := withTimeout(time.Millisecond, func() {
		cache[host] = slowLookup(host) // want "concurrent map write"
	})
	if !ok {
		cache[host] = stale[host] // other access
	}

	inflight.Wait()
	hosts := make([]string, 0, len(cache))
	for h, addr := range cache {
		hosts = append(hosts, h+" "+addr)
	}
	sort.Strings(hosts)
	fmt.Fprintln(os.Stdout, "timed out:", !ok, hosts)
}
