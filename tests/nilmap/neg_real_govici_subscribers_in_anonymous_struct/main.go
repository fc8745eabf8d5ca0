// Reduced from strongswan/govici v0.8.0, vici/client_conn.go:494, where mapscope check
// reported `cc.events.subscribers[c] = struct{}{}` in notify as a write to a nil map, with
// the note that no code of the module makes `subscribers`. The field belongs to a struct of
// an anonymous type embedded by value in clientConn, and newClientConn, the only constructor,
// fills it with a composite literal of that anonymous type whose `subscribers` is a make. A
// near miss: a map field of an anonymous struct type, made in that type's composite literal
// nested in the outer literal. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type Event struct{ Name string }

type clientConn struct {
	name string

	events struct {
		sync.Mutex

		list        []string
		subscribers map[chan<- Event]struct{}
	}
}

func newClientConn(name string) *clientConn {
	return &clientConn{
		name: name,
		events: struct {
			sync.Mutex
			list        []string
			subscribers map[chan<- Event]struct{}
		}{
			list:        make([]string, 0),
			subscribers: make(map[chan<- Event]struct{}),
		},
	}
}

func (cc *clientConn) notify(c chan<- Event) {
	cc.events.Lock()
	defer cc.events.Unlock()

	cc.events.subscribers[c] = struct{}{}
}

func (cc *clientConn) dispatch(ev Event) {
	cc.events.Lock()
	defer cc.events.Unlock()

	for c := range cc.events.subscribers {
		select {
		case c <- ev:
		default:
		}
	}
}

func main() {
	cc := newClientConn("charon")
	ch := make(chan Event, 1)
	cc.notify(ch)
	cc.dispatch(Event{Name: "ike-updown"})
	fmt.Println((<-ch).Name, len(cc.events.list))
}
