// An in-process event bus calls its subscribers through func values. The login auditor
// subscribes its onLogin method value in the constructor and only then makes its seen map;
// onLogin has a pointer receiver, so the method value reaches the auditor itself and sees
// the map the constructor makes right after subscribing.
package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Kind string
	User string
}

type Bus struct {
	subs map[string][]func(Event)
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]func(Event))} }

func (b *Bus) Subscribe(kind string, fn func(Event)) {
	b.subs[kind] = append(b.subs[kind], fn)
}

func (b *Bus) Publish(e Event) {
	for _, fn := range b.subs[e.Kind] {
		fn(e)
	}
}

type auditor struct {
	name string
	seen map[string]int // user -> logins since start
}

func (a *auditor) onLogin(e Event) {
	a.seen[e.User]++
}

func (a auditor) report() []string {
	var out []string
	for u, n := range a.seen {
		out = append(out, fmt.Sprintf("%s=%d", u, n))
	}
	sort.Strings(out)
	return out
}

func newAuditor(b *Bus) *auditor {
	a := &auditor{name: "login-audit"}
	b.Subscribe("login", a.onLogin)
	a.seen = make(map[string]int)
	return a
}

func main() {
	bus := NewBus()
	a := newAuditor(bus)
	for _, u := range []string{"ann", "bob", "ann"} {
		bus.Publish(Event{Kind: "login", User: u})
	}
	bus.Publish(Event{Kind: "logout", User: "bob"})
	fmt.Println(a.name, a.report())
}
