// Reduced from go.podman.io/storage v1.65.1, internal/staging_lockfile/staging_lockfile.go:72,
// where mapscope check reported `stagingLockFiles[cleanPath] = lockFile` in
// tryAcquireLockForFile, reached from the goroutines TestConcurrentLocking starts in a loop
// (staging_lockfile_test.go:131), as racing with the test's `require.Len(t, stagingLockFiles,
// 0)` (:141). Each goroutine takes and releases a staging lock under the package's mutex and
// then sends on a channel with one slot per goroutine; the test receives once per goroutine
// before it reads the map, so every write is done before the read (`go test -race` passes). A
// near miss: the counted fan-in idiom, n goroutines sending once each on one channel and n
// receives, with the map read right after the receive loop in the same function. Our own
// rewrite.
package main

import (
	"fmt"
	"sync"
)

type stagingLock struct {
	path string
}

var (
	stagingLocks   map[string]*stagingLock
	stagingLocksMu sync.Mutex
)

func acquire(path string) (*stagingLock, error) {
	stagingLocksMu.Lock()
	defer stagingLocksMu.Unlock()
	if stagingLocks == nil {
		stagingLocks = make(map[string]*stagingLock)
	}
	if _, ok := stagingLocks[path]; ok {
		return nil, fmt.Errorf("lock %q is held already", path)
	}
	l := &stagingLock{path: path}
	stagingLocks[path] = l
	return l, nil
}

func (l *stagingLock) release() {
	stagingLocksMu.Lock()
	defer stagingLocksMu.Unlock()
	delete(stagingLocks, l.path)
}

func lockConcurrently(n int) int {
	done := make(chan struct{}, n)
	for i := range n {
		go func() {
			if l, err := acquire(fmt.Sprintf("/staging/lock-%d", i)); err == nil {
				l.release()
			}
			done <- struct{}{}
		}()
	}
	for range n {
		<-done
	}
	// Every goroutine has sent, so every lock is taken and released by now.
	return len(stagingLocks)
}

func main() {
	fmt.Println("locks left:", lockConcurrently(10))
}
