// An energy collector updates process and container statistics one after the other in one
// goroutine per collection cycle; cycles do not overlap.
package main

import "fmt"

type collector struct {
	processJoules   map[int]float64
	containerJoules map[string]float64
	containerOf     map[int]string
}

func (c *collector) updateProcesses(samples map[int]float64) {
	for pid, j := range samples {
		c.processJoules[pid] += j
		c.containerJoules[c.containerOf[pid]] += j
	}
}

func (c *collector) updateContainers(cgroups map[string]float64) {
	for id, j := range cgroups {
		c.containerJoules[id] = j
	}
}

func main() {
	c := &collector{
		processJoules:   make(map[int]float64),
		containerJoules: make(map[string]float64),
		containerOf:     map[int]string{1: "web", 2: "db"},
	}
	cycles := make(chan int)
	done := make(chan struct{})
	go func() {
		for range cycles {
			c.updateProcesses(map[int]float64{1: 0.5, 2: 1.5})
			c.updateContainers(map[string]float64{"cache": 2.0})
		}
		close(done)
	}()
	cycles <- 1
	cycles <- 2
	close(cycles)
	<-done
	fmt.Println(len(c.containerJoules))
}
