// Near miss of pos_fix_generic_set_getall_live, the fixed code of
// https://github.com/fluxninja/aperture/pull/1373 (commit 452b16598): GetAll copies the set's
// keys into a slice under the lock, and the handler ranges over the copy.
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
	c.cache[k] = struct{}{}
}

func (c *Cache[K]) GetAll() []K {
	c.Lock()
	defer c.Unlock()
	items := make([]K, 0, len(c.cache))
	for k := range c.cache {
		items = append(items, k)
	}
	return items
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
	for _, id := range all {
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
