// Reduced from the fix in https://github.com/fluxninja/aperture/pull/1373 ("Avoid data race in
// cache.GetAll", commit 452b16598): a generic set of control points locks its embedded mutex in
// Put and in GetAll, but GetAll returns the set's own map, which the control-points handler
// ranges over after the lock is gone while the metrics processor keeps putting.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache[K comparable] struct {
	sync.Mutex
	cache map[K]struct{}
}

func NewCache[K comparable]() *Cache[K] {
	return &Cache[K]{cache: map[K]struct{}{}}
}

func (c *Cache[K]) Put(k K) {
	c.Lock()
	defer c.Unlock()
	c.cache[k] = struct{}{} // want "concurrent map write"
}

func (c *Cache[K]) GetAll() map[K]struct{} {
	c.Lock()
	defer c.Unlock()
	result := c.cache // root cause
	return result
}

type controlPointID struct{ service, controlPoint string }

type handler struct {
	points *Cache[controlPointID]
	got    chan struct{} // closed once the handler has taken the set
}

func (h *handler) GetControlPoints() []string {
	all := h.points.GetAll()
	close(h.got)
	var out []string
	for id := range all { // other access
		out = append(out, id.service+"/"+id.controlPoint)
	}
	sort.Strings(out)
	return out
}

func main() {
	points := NewCache[controlPointID]()
	points.Put(controlPointID{"checkout", "ingress"})
	h := &handler{points: points, got: make(chan struct{})}
	var listed []string
	var wg sync.WaitGroup
	wg.Go(func() { // the metrics processor sees a new control point while the handler lists
		<-h.got
		points.Put(controlPointID{"search", "egress"})
	})
	wg.Go(func() { // a client asks for the control points
		listed = h.GetControlPoints()
	})
	wg.Wait()
	fmt.Println(len(listed) >= 1)
}
