// Reduced from tikv/client-go v2.0.8-0.20260803075849-c3b50791b9fb,
// internal/locate/region_cache.go:2026 and :2027, where mapscope check reported
// regionIndexMu.insertRegionToCache's writes to `mu.regions` and `mu.latestVersions`, made
// without the lock by the tests' direct calls (region_cache_test.go), as racing with the delete
// and read of the same maps by the goroutine UpdateBucketsIfNeeded starts (:2784). That goroutine
// takes the cache's lock, and the suite's SetupTest gives every test a new RegionCache: the
// goroutine one test starts works on that test's cache (whose update the test waits to see
// under the lock), and the unlocked inserts of a later test are on the later test's own cache. A
// near miss: the goroutine of an earlier test and the unlocked writes of a later one meet only
// through a suite field that SetupTest replaces in between. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type regionIndex struct {
	sync.RWMutex
	regions map[uint64]string
	latest  map[uint64]uint64
}

// insert must be called with the lock held.
func (mu *regionIndex) insert(id, ver uint64, name string) {
	delete(mu.regions, ver-1)
	mu.regions[ver] = name
	mu.latest[id] = ver
}

type regionCache struct{ mu regionIndex }

func newRegionCache() *regionCache {
	return &regionCache{mu: regionIndex{regions: map[uint64]string{}, latest: map[uint64]uint64{}}}
}

func (c *regionCache) lookup(id uint64) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	ver, ok := c.mu.latest[id]
	if !ok {
		return "", false
	}
	return c.mu.regions[ver], true
}

// updateIfNeeded reloads a region in the background.
func (c *regionCache) updateIfNeeded(id, ver uint64) {
	go func() {
		c.mu.Lock()
		c.mu.insert(id, ver, fmt.Sprint("region-", id, "-v", ver))
		c.mu.Unlock()
	}()
}

type suite struct{ cache *regionCache }

func (s *suite) setupTest() { s.cache = newRegionCache() }

func (s *suite) testBuckets() {
	// The test fills its own cache without the lock, as TestBuckets does.
	s.cache.mu.insert(1, 1, "region-1-v1")
	s.cache.mu.insert(1, 2, "region-1-v2")
	s.cache.updateIfNeeded(1, 3)
	s.wait(1, "region-1-v3")
}

func (s *suite) testLocate() {
	s.cache.mu.Lock()
	s.cache.mu.insert(2, 1, "region-2-v1")
	s.cache.mu.Unlock()
	s.cache.updateIfNeeded(2, 2)
	s.wait(2, "region-2-v2")
}

func (s *suite) wait(id uint64, want string) {
	for i := 0; i < 100; i++ {
		if name, _ := s.cache.lookup(id); name == want {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	s := &suite{}
	s.setupTest()
	s.testLocate()
	s.setupTest()
	s.testBuckets()
	fmt.Println(s.cache.lookup(1))
}
