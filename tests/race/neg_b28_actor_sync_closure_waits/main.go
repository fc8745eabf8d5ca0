// A rate limiter keeps its counters in an actor: one goroutine owns the state and runs the
// closures sent to its inbox, Do waiting for the closure and Go not. The status handler copies
// the counters into its own report map with Do, so the copy, which runs in the actor's
// goroutine, has finished before the handler stamps the report.
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
	report := make(map[string]int)
	a.Do(func() {
		for client, n := range a.hits {
			report[client] = n
		}
	})
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
