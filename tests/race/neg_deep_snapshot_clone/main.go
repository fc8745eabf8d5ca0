// A feature registry hands out snapshots as a view struct holding a clone of its map, taken
// under the lock; a caller annotating its snapshot writes a map nobody else has.
package main

import (
	"fmt"
	"maps"
	"sync"
)

type registry struct {
	mu       sync.Mutex
	features map[string]string // name -> owner team
}

type view struct {
	features map[string]string
}

func (r *registry) snapshot() view {
	r.mu.Lock()
	defer r.mu.Unlock()
	return view{features: maps.Clone(r.features)}
}

func (r *registry) add(name, team string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.features[name] = team
}

func main() {
	r := &registry{features: map[string]string{"search": "core"}}
	snap := r.snapshot()
	var wg sync.WaitGroup
	wg.Go(func() { r.add("checkout", "payments") })
	snap.features["search"] = "core (frozen)"
	wg.Wait()
	fmt.Println(len(r.features), len(snap.features) >= 1)
}
