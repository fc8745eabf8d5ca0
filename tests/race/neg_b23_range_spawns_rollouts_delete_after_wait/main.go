// A deploy orchestrator ranges over its map of pending hosts and starts a rollout goroutine
// per host; the rollouts only record their checksums under the mutex, and the orchestrator
// deletes the finished hosts from the pending map after waiting for all of them.
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
	for host, version := range pending {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := apply(rollout{host, version})
			mu.Lock()
			checksums[host] = sum
			mu.Unlock()
		}()
	}
	wg.Wait()
	for host := range checksums {
		delete(pending, host)
	}
	os.Stdout.WriteString("rolled out " + strconv.Itoa(len(checksums)) +
		", still pending " + strconv.Itoa(len(pending)) + "\n")
}
