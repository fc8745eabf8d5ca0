// An implementation that would write a nil map exists, but the module never creates one;
// the only sink it creates makes its map.
package main

import "fmt"

type Sink interface {
	Count(name string)
}

type legacySink struct {
	counts map[string]int
}

func (s *legacySink) Count(name string) { s.counts[name]++ }

type mapSink struct {
	counts map[string]int
}

func (s *mapSink) Count(name string) { s.counts[name]++ }

var _ Sink = (*legacySink)(nil)

func main() {
	var s Sink = &mapSink{counts: map[string]int{}}
	for _, n := range []string{"hit", "miss", "hit"} {
		s.Count(n)
	}
	fmt.Println(s.(*mapSink).counts)
}
