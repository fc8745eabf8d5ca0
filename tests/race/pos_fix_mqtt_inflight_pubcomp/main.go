// Reduced from the fix in https://github.com/fhmq/hmq/pull/108 ("panic - fatal error: concurrent
// map writes", commit ad7f4bc): an MQTT broker keeps each client's in-flight QoS 1/2 messages in
// a map; a publisher's goroutine stores a message into the subscriber's map while the
// subscriber's own goroutine deletes the message its PUBCOMP completes, both without a lock.
package main

import (
	"fmt"
	"sync"
)

const (
	statusPublish = iota
	statusPubrel
)

type inflightElem struct {
	status  int
	payload string
}

type client struct {
	id       string
	inflight map[uint16]*inflightElem
}

type subscription struct {
	topic  string
	client *client
}

// publish runs on the goroutine of the client that published the message.
func publish(sub *subscription, id uint16, payload string) {
	sub.client.inflight[id] = &inflightElem{status: statusPublish, payload: payload} // want "concurrent map write"
}

// processPubcomp runs on the subscriber's own read goroutine.
func (c *client) processPubcomp(id uint16) {
	delete(c.inflight, id) // other access
}

func main() {
	sub := &client{id: "dashboard", inflight: map[uint16]*inflightElem{
		7: {status: statusPubrel, payload: "temp=21"},
	}}
	subs := []*subscription{{topic: "sensors/temp", client: sub}}
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the publishing client
		defer wg.Done()
		<-start
		for _, s := range subs {
			publish(s, 8, "temp=22")
		}
	}()
	go func() { // the subscriber's read loop
		defer wg.Done()
		<-start
		sub.processPubcomp(7)
	}()
	close(start)
	wg.Wait()
	fmt.Println(len(sub.inflight))
}
