// A feature registry hands out "snapshots" as a view struct taken under its lock, but the view
// shares the registry's map: a caller annotating its snapshot writes the live map while the
// registry is updated under the lock.
package main

import (
	"fmt"
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
	return view{features: r.features} // root cause
}

func (r *registry) add(name, team string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.features[name] = team // want "concurrent map write"
}

func main() {
	r := &registry{features: map[string]string{"search": "core"}}
	snap := r.snapshot()
	var wg sync.WaitGroup
	wg.Go(func() { r.add("checkout", "payments") })
	snap.features["search"] = "core (frozen)" // other access
	wg.Wait()
	fmt.Println(len(r.features))
}
