// Shape of a real fix: sustainable-computing-io/kepler PR #1951 ("fix(collector): data race
// when updating maps simultaenously", https://github.com/sustainable-computing-io/kepler/pull/1951),
// which removed goroutines that updated the collector's maps without mutexes. An energy
// collector updates process and container statistics in two goroutines, and both write the
// shared per-container map.
package main

import (
	"fmt"
	"sync"
)

type collector struct {
	processJoules   map[int]float64
	containerJoules map[string]float64
	containerOf     map[int]string
}

func (c *collector) updateProcesses(samples map[int]float64) {
	for pid, j := range samples {
		c.processJoules[pid] += j
		c.containerJoules[c.containerOf[pid]] += j // want "concurrent map write"
	}
}

func (c *collector) updateContainers(cgroups map[string]float64) {
	for id, j := range cgroups {
		c.containerJoules[id] = j // other access
	}
}

func main() {
	c := &collector{
		processJoules:   make(map[int]float64),
		containerJoules: make(map[string]float64),
		containerOf:     map[int]string{1: "web", 2: "db"},
	}
	var wg sync.WaitGroup
	wg.Go(func() { c.updateProcesses(map[int]float64{1: 0.5, 2: 1.5}) })
	wg.Go(func() { c.updateContainers(map[string]float64{"cache": 2.0}) })
	wg.Wait()
	fmt.Println(len(c.containerJoules))
}
