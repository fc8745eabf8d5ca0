// A deploy orchestrator ranges over its map of pending hosts and starts a rollout goroutine
// per host, which deletes its host from the map when done; the early rollouts delete while
// the range is still iterating the map to start the later ones.
package main

import (
	"hash/fnv"
	"os"
	"strconv"
	"sync"
)

type rollout struct {
	host    string
	version string
}

// apply stands in for pushing the release and waiting for health checks.
func apply(r rollout) uint32 {
	h := fnv.New32a()
	for range 200 {
		h.Write([]byte(r.host + "@" + r.version))
	}
	return h.Sum32()
}

func main() {
	pending := map[string]string{
		"web-1": "v42", "web-2": "v42", "web-3": "v42",
		"api-1": "v17", "api-2": "v17", "batch-1": "v9",
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	checksums := make(map[string]uint32)
	for host, version := range pending { // other access
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := apply(rollout{host, version})
			mu.Lock()
			checksums[host] = sum
			mu.Unlock()
			delete(pending, host) // want "concurrent map write"
		}()
	}
	wg.Wait()
	os.Stdout.WriteString("rolled out " + strconv.Itoa(len(checksums)) +
		", still pending " + strconv.Itoa(len(pending)) + "\n")
}
