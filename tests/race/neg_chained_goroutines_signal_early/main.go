// A migration runner starts one goroutine per migration and chains them with channels so that
// each waits for the previous one; a migration records itself as applied before it signals the
// next one, so the writes to the applied map happen one after another.
package main

import "fmt"

type migration struct {
	version int
	name    string
}

func runAll(ms []migration) map[int]string {
	applied := make(map[int]string)
	prev := make(chan struct{})
	close(prev)
	for _, m := range ms {
		next := make(chan struct{})
		go func(prev <-chan struct{}, next chan<- struct{}) {
			<-prev
			applied[m.version] = m.name
			close(next)
		}(prev, next)
		prev = next
	}
	<-prev
	return applied
}

func main() {
	applied := runAll([]migration{{1, "create users"}, {2, "add email index"}, {3, "drop legacy"}})
	fmt.Println(len(applied))
}
