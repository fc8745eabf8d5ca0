// A load generator stores the function each virtual user runs in a field, set by the
// constructor to a method value of the generator itself. Users start together at a gate and
// count their responses per status into the generator's map with no lock.
package main

import (
	"fmt"
	"sync"
)

type Target interface {
	Call(user int) int
}

type fakeBackend struct{}

func (fakeBackend) Call(user int) int {
	if user%2 == 0 {
		return 200
	}
	return 503
}

type Generator struct {
	target   Target
	fire     func(user int)
	gate     sync.WaitGroup
	running  sync.WaitGroup
	byStatus map[int]int
}

func NewGenerator(t Target) *Generator {
	g := &Generator{target: t, byStatus: make(map[int]int)}
	g.fire = g.user
	return g
}

func (g *Generator) user(id int) {
	defer g.running.Done()
	g.gate.Done()
	g.gate.Wait() // every virtual user starts at once
	status := g.target.Call(id)
	g.byStatus[status]++ // want "concurrent map write"
}

func (g *Generator) Run(users int) map[int]int {
	g.gate.Add(users)
	g.running.Add(users)
	for i := 0; i < users; i++ {
		go g.fire(i)
	}
	g.running.Wait()
	return g.byStatus
}

func main() {
	g := NewGenerator(fakeBackend{})
	fmt.Println(g.Run(2))
}
