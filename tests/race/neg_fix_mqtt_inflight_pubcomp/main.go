// Near miss of pos_fix_mqtt_inflight_pubcomp, the fixed code of
// https://github.com/fhmq/hmq/pull/108 (commit ad7f4bc): the client's in-flight map has its own
// mutex, taken by the publisher's store and by the subscriber's delete.
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
	id         string
	inflightMu sync.RWMutex
	inflight   map[uint16]*inflightElem
}

type subscription struct {
	topic  string
	client *client
}

// publish runs on the goroutine of the client that published the message.
func publish(sub *subscription, id uint16, payload string) {
	sub.client.inflightMu.Lock()
	sub.client.inflight[id] = &inflightElem{status: statusPublish, payload: payload}
	sub.client.inflightMu.Unlock()
}

// processPubcomp runs on the subscriber's own read goroutine.
func (c *client) processPubcomp(id uint16) {
	c.inflightMu.Lock()
	delete(c.inflight, id)
	c.inflightMu.Unlock()
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
