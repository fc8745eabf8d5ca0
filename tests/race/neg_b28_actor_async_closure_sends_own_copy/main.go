// A rate limiter keeps its counters in an actor: one goroutine owns the state and runs the
// closures sent to its inbox, Do waiting for the closure and Go not. The status handler asks
// for a copy of the counters with Go; the closure builds the copy in a map of its own and
// sends it back, and the handler stamps the report only once it has received it.
package main

import (
	"fmt"
	"sort"
)

type actor struct {
	inbox chan func()
	hits  map[string]int // owned by the loop goroutine
}

func (a *actor) loop() {
	for f := range a.inbox {
		f()
	}
}

// Do runs f in the actor and waits for it.
func (a *actor) Do(f func()) {
	done := make(chan struct{})
	a.inbox <- func() { f(); close(done) }
	<-done
}

// Go runs f in the actor without waiting.
func (a *actor) Go(f func()) { a.inbox <- f }

func statusReport(a *actor, caller string) map[string]int {
	copied := make(chan map[string]int, 1)
	a.Go(func() {
		own := make(map[string]int, len(a.hits)+2)
		for client, n := range a.hits {
			own[client] = n
		}
		copied <- own
	})
	report := <-copied
	report["requested_by:"+caller] = 1
	var clients int
	a.Do(func() { clients = len(a.hits) })
	report["clients"] = clients
	return report
}

func main() {
	a := &actor{inbox: make(chan func()), hits: make(map[string]int)}
	go a.loop()
	for _, c := range []string{"10.0.0.4", "10.0.0.9", "10.0.0.4"} {
		a.Go(func() { a.hits[c]++ })
	}
	r := statusReport(a, "admin")
	close(a.inbox)
	keys := make([]string, 0, len(r))
	for k := range r {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, r[k])
	}
}
