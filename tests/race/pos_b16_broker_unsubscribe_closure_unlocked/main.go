// A pub/sub broker's Subscribe runs under the broker's mutex and returns an unsubscribe closure.
// The closure is built inside the critical section but runs long after it, and deletes the
// subscription without the lock, while a publisher ranges over the topic's subscribers.
package main

import (
	"os"
	"strconv"
	"sync"
)

type Broker struct {
	mu     sync.Mutex
	nextID int
	subs   map[string]map[int]func(string)
}

func (b *Broker) Subscribe(topic string, fn func(string)) (unsubscribe func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	id := b.nextID
	if b.subs[topic] == nil {
		b.subs[topic] = make(map[int]func(string))
	}
	b.subs[topic][id] = fn
	return func() {
		delete(b.subs[topic], id) // want "concurrent map write"
	}
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, fn := range b.subs[topic] { // other access
		fn(msg)
		n++
	}
	return n
}

// stream is a client connection following a topic until the client goes away.
func stream(b *Broker, topic string, subscribed chan<- struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	inbox := make(chan string, 8)
	unsubscribe := b.Subscribe(topic, func(m string) {
		select {
		case inbox <- m:
		default:
		}
	})
	defer unsubscribe()
	close(subscribed)
	// The client disconnects right away.
}

func main() {
	b := &Broker{subs: make(map[string]map[int]func(string))}
	b.Subscribe("orders", func(string) {})

	subscribed := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go stream(b, "orders", subscribed, &wg)

	<-subscribed
	n := b.Publish("orders", `{"id":42,"status":"paid"}`)
	wg.Wait()
	os.Stdout.WriteString("delivered to " + strconv.Itoa(n) + " subscribers\n")
}
