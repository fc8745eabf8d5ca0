// A dedup cache makes its seen-set lazily through a sync.Once; Reset drops the set and also
// replaces the Once with a fresh one, so the next Add runs the lazy make again before it
// writes.
package main

import (
	"fmt"
	"sync"
)

type Dedup struct {
	once sync.Once
	seen map[string]bool
}

func (d *Dedup) init() {
	d.once.Do(func() { d.seen = make(map[string]bool) })
}

// Add reports whether id is new.
func (d *Dedup) Add(id string) bool {
	d.init()
	if d.seen[id] {
		return false
	}
	d.seen[id] = true
	return true
}

func (d *Dedup) Reset() {
	d.seen = nil
	d.once = sync.Once{}
}

func main() {
	d := &Dedup{}
	fmt.Println(d.Add("msg-1"), d.Add("msg-1"))
	d.Reset()
	fmt.Println(d.Add("msg-1"), d.Add("msg-2"))
}
