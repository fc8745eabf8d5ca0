// A real race found by mapscope check in matrix-org/dendrite v0.13.8,
// userapi/internal/device_list_update.go:480: each device-list worker keeps a `retries` map
// guarded by `retriesMu` and starts a restarter goroutine that sets a Prometheus gauge to
// `len(retries)` (:427) before it takes the mutex, while the worker adds a server to the map
// under the mutex (:480). The unlocked len read and the locked write are unordered: a data race
// on the map (harmless in effect, a gauge that may be off, but the race detector reports it).
// This program is our own reproduction of that shape, not the project's code.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var serversRetrying atomic.Int64

func worker(ch chan string, processed chan<- string) {
	retries := make(map[string]time.Time)
	retriesMu := &sync.Mutex{}
	var restarter sync.WaitGroup
	restarter.Add(1)
	go func() {
		defer restarter.Done()
		for round := 0; round < 4; round++ {
			serversRetrying.Store(int64(len(retries))) // other access
			time.Sleep(time.Millisecond)
			retriesMu.Lock()
			now := time.Now()
			for srv, retryAt := range retries {
				if now.After(retryAt) {
					delete(retries, srv)
				}
			}
			retriesMu.Unlock()
		}
	}()
	for serverName := range ch {
		retriesMu.Lock()
		if _, exists := retries[serverName]; !exists {
			retries[serverName] = time.Now().Add(time.Hour) // want "concurrent map write"
		}
		retriesMu.Unlock()
		processed <- serverName
	}
	restarter.Wait()
}

func main() {
	ch := make(chan string)
	processed := make(chan string, 8)
	done := make(chan struct{})
	go func() {
		worker(ch, processed)
		close(done)
	}()
	for _, srv := range []string{"a.example.org", "b.example.org", "c.example.org", "d.example.org"} {
		ch <- srv
		time.Sleep(time.Millisecond)
	}
	close(ch)
	<-done
	close(processed)
	n := 0
	for range processed {
		n++
	}
	fmt.Println("processed", n, "gauge", serversRetrying.Load())
}
