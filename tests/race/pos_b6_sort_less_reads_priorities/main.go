// A help-desk dispatcher orders pending tickets by the priority of their queue. The admin
// goroutine updates the priority table under the dispatcher's mutex, but the less function
// handed to sort.SliceStable looks priorities up without it, so the sort reads the map while
// the admin writes it.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type ticket struct {
	id    int
	queue string
}

type dispatcher struct {
	mu   sync.Mutex
	prio map[string]int
}

func (d *dispatcher) SetPriority(queue string, p int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.prio[queue] = p // want "concurrent map write"
}

func (d *dispatcher) Order(tickets []ticket) {
	sort.SliceStable(tickets, func(i, j int) bool {
		return d.prio[tickets[i].queue] > d.prio[tickets[j].queue] // other access
	})
}

func main() {
	d := &dispatcher{prio: map[string]int{"billing": 2, "outage": 9, "feedback": 1}}
	tickets := []ticket{{1, "feedback"}, {2, "billing"}, {3, "outage"}, {4, "billing"}}

	var ready, admin sync.WaitGroup
	ready.Add(2)
	admin.Go(func() {
		ready.Done()
		ready.Wait()
		d.SetPriority("security", 10)
	})
	ready.Done()
	ready.Wait()
	d.Order(tickets)
	admin.Wait()
	fmt.Println(tickets)
}
