// A meter makes its counts on first use, guarded by a loaded flag set together with the map;
// Drop frees the counts but forgets to clear the flag, so the next Record skips load and
// writes into the nil map.
package main

import "fmt"

type meter struct {
	loaded bool
	counts map[string]int
}

func (m *meter) load() {
	m.counts = make(map[string]int)
	m.loaded = true
}

func (m *meter) Drop() {
	m.counts = nil
}

func (m *meter) Record(event string) {
	if !m.loaded {
		m.load()
	}
	m.counts[event]++ // want "nil map"
}

func main() {
	var m meter
	m.Record("click")
	m.Drop()
	m.Record("late")
	fmt.Println(m.counts)
}
