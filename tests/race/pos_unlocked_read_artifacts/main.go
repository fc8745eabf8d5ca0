// Shape of a real fix: buildbuddy-io/buildbuddy PR #474 ("Lock to avoid concurrent map
// writes", https://github.com/buildbuddy-io/buildbuddy/pull/474), where review found that
// locking only the writes is not enough. An upload tracker writes its map under a mutex but
// its status query reads it without one.
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
	t.uploaded[digest] = size // want "concurrent map write"
	t.mu.Unlock()
}

func (t *tracker) isUploaded(digest string) bool {
	_, ok := t.uploaded[digest] // other access
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
