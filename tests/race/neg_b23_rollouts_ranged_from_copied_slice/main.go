// A deploy orchestrator copies its pending map into a slice of rollouts and starts a
// rollout goroutine per element, each deleting its host from the map under the mutex; the
// map is no longer being ranged while they delete.
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
	rollouts := make([]rollout, 0, len(pending))
	for host, version := range pending {
		rollouts = append(rollouts, rollout{host, version})
	}
	for _, r := range rollouts {
		host, version := r.host, r.version
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := apply(rollout{host, version})
			mu.Lock()
			checksums[host] = sum
			delete(pending, host)
			mu.Unlock()
		}()
	}
	wg.Wait()
	os.Stdout.WriteString("rolled out " + strconv.Itoa(len(checksums)) +
		", still pending " + strconv.Itoa(len(pending)) + "\n")
}
