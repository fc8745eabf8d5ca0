// A migration runner starts one goroutine per migration and chains them with channels so that
// each waits for the previous one; a migration signals the next one before recording itself as
// applied, so two migrations write the applied map together.
package main

import (
	"fmt"
	"sync"
)

type migration struct {
	version int
	name    string
}

func runAll(ms []migration) map[int]string {
	applied := make(map[int]string)
	var arrived, finished sync.WaitGroup
	arrived.Add(len(ms))
	prev := make(chan struct{})
	close(prev)
	for _, m := range ms {
		next := make(chan struct{})
		finished.Add(1)
		go func(prev <-chan struct{}, next chan<- struct{}) {
			defer finished.Done()
			<-prev
			close(next) // root cause
			arrived.Done()
			arrived.Wait()
			applied[m.version] = m.name // want "concurrent map write"
		}(prev, next)
		prev = next
	}
	finished.Wait()
	return applied
}

func main() {
	applied := runAll([]migration{{1, "create users"}, {2, "add email index"}})
	fmt.Println(len(applied))
}
