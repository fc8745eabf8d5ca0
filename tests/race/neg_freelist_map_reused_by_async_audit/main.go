// An API server hands each request's audit fields to an asynchronous audit logger. To save
// allocations the handler takes the field maps from a free list (a buffered channel); the
// audit goroutine puts each map back once it has formatted the entry, so a map is refilled
// only after the audit goroutine is done with it.
package main

import (
	"fmt"
	"strings"
)

type auditor struct {
	queue chan map[string]string
	free  chan map[string]string
	lines []string
	done  chan struct{}
}

func newAuditor() *auditor {
	a := &auditor{
		queue: make(chan map[string]string, 16),
		free:  make(chan map[string]string, 4),
		done:  make(chan struct{}),
	}
	go a.run()
	return a
}

func (a *auditor) run() {
	for m := range a.queue {
		line := m["method"] + " " + m["path"] + " by " + m["user"]
		a.lines = append(a.lines, line)
		select {
		case a.free <- m:
		default:
		}
	}
	close(a.done)
}

func (a *auditor) fields() map[string]string {
	select {
	case m := <-a.free:
		return m
	default:
		return make(map[string]string, 4)
	}
}

func fill(m map[string]string, kv ...string) {
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
}

func (a *auditor) handle(method, path, user string) {
	m := a.fields()
	fill(m, "method", method, "path", path, "user", user)
	a.queue <- m
}

func main() {
	a := newAuditor()
	a.handle("POST", "/orders", "alice")
	a.handle("DELETE", "/orders/7", "bob")
	close(a.queue)
	<-a.done
	fmt.Println(len(a.lines), strings.HasPrefix(a.lines[1], "DELETE"))
}
