// A client connection keeps its event subscribers in a field of an anonymous struct type, and
// the constructor fills that field with a composite literal that writes the type out again but
// makes only the list, not the subscribers map: the first subscription writes a nil map. The
// positive beside neg_real_govici_subscribers_in_anonymous_struct.
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
			list: make([]string, 0),
		},
	}
}

func (cc *clientConn) notify(c chan<- Event) {
	cc.events.Lock()
	defer cc.events.Unlock()

	cc.events.subscribers[c] = struct{}{} // want "nil map"
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
