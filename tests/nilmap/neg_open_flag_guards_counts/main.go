// A near miss: a meter counts events only while it is open; Open makes the counts together
// with setting the flag, and Close drops them together with clearing it, so the write under
// `if m.open` always finds the map.
package main

import "fmt"

type meter struct {
	open   bool
	counts map[string]int
}

func (m *meter) Open() {
	m.counts = make(map[string]int)
	m.open = true
}

func (m *meter) Close() map[string]int {
	counts := m.counts
	m.counts = nil
	m.open = false
	return counts
}

func (m *meter) Record(event string) {
	if m.open {
		m.counts[event]++
	}
}

func main() {
	var m meter
	m.Record("early")
	m.Open()
	m.Record("click")
	fmt.Println(m.Close())
	m.Record("late")
}
