// Reduced from nats-io/nats-server v2.15.3, server/gateway.go:1831 (Server.removeRemoteGatewayConnection)
// against server/route.go:167 (client.removeReplySub), where mapscope check reported a race
// once the goroutines started through one helper were told apart: closing a gateway takes the
// connection's subscription map under its lock, counts it, sets the field to nil in a later
// block, and ranges over the taken map after unlocking. Timers that remove a reply
// subscription delete from the field under the same lock, so they never see the taken map.
// A near miss; this program is our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type subscription struct {
	subject string
	queue   []byte
}

type client struct {
	mu   sync.Mutex
	subs map[string]*subscription
}

func (c *client) removeReplySub(sid string) {
	c.mu.Lock()
	delete(c.subs, sid)
	c.mu.Unlock()
}

func (c *client) closeGateway() (queues int, subjects []string) {
	c.mu.Lock()
	subs := c.subs
	for _, sub := range subs {
		if sub.queue != nil {
			queues++
		}
	}
	c.subs = nil
	c.mu.Unlock()
	for _, sub := range subs {
		subjects = append(subjects, sub.subject)
	}
	return queues, subjects
}

func main() {
	c := &client{subs: map[string]*subscription{
		"1": {subject: "_INBOX.a"}, "2": {subject: "orders", queue: []byte("q")}, "3": {subject: "_R_.x"},
	}}
	var wg sync.WaitGroup
	for _, sid := range []string{"1", "3"} {
		wg.Add(1)
		time.AfterFunc(time.Millisecond, func() {
			defer wg.Done()
			c.removeReplySub(sid)
		})
	}
	queues, subjects := c.closeGateway()
	wg.Wait()
	fmt.Println(queues, len(subjects) <= 3)
}
