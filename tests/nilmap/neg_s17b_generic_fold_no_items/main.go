// A release tool folds the pending migrations into a per-table count with a generic Reduce. The
// count map is declared but never made, yet this run has no pending migrations: Reduce's loop
// never calls the step, so the nil map is only read back.
package main

import "fmt"

// Reduce hands acc to step once per element and returns what step gives back.
func Reduce[E, S any](items []E, acc S, step func(S, E) S) S {
	for i := 0; i < len(items); i++ {
		acc = step(acc, items[i])
	}
	return acc
}

type Migration struct {
	Table string
	Seq   int
}

func byTable(counts map[string]int, m Migration) map[string]int {
	counts[m.Table]++
	return counts
}

func main() {
	pending := []Migration{}
	var counts map[string]int
	counts = Reduce(pending, counts, byTable)
	fmt.Println("tables touched:", len(counts))
	for t, n := range counts {
		fmt.Println(t, n)
	}
}
