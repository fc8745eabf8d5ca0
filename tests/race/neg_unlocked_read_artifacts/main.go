// An upload tracker that writes and reads its map under the same mutex.
package main

import (
	"fmt"
	"sync"
)

type tracker struct {
	mu       sync.Mutex
	uploaded map[string]int64
}

func (t *tracker) done(digest string, size int64) {
	t.mu.Lock()
	t.uploaded[digest] = size
	t.mu.Unlock()
}

func (t *tracker) isUploaded(digest string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, ok := t.uploaded[digest]
	return ok
}

func main() {
	t := &tracker{uploaded: make(map[string]int64)}
	var wg sync.WaitGroup
	for i, d := range []string{"sha256:aa", "sha256:bb"} {
		wg.Go(func() { t.done(d, int64(100*(i+1))) })
	}
	ok := t.isUploaded("sha256:aa")
	wg.Wait()
	fmt.Println(ok || !ok)
}
