// A message broker whose dispatch loop is started through a method value; a subscriber joins
// after the loop is running, without the broker's lock (it has none).
package main

import (
	"fmt"
	"sync"
)

type broker struct {
	subscribers map[string]chan string
	delivered   int
}

func (b *broker) dispatch(msgs []string, done func()) {
	defer done()
	for _, m := range msgs {
		if ch, ok := b.subscribers["audit"]; ok { // other access
			ch <- m
			b.delivered++
		}
	}
}

func (b *broker) subscribe(name string) chan string {
	ch := make(chan string, 8)
	b.subscribers[name] = ch // want "concurrent map write"
	return ch
}

func main() {
	b := &broker{subscribers: map[string]chan string{"audit": make(chan string, 8)}}
	var wg sync.WaitGroup
	wg.Add(1)
	run := b.dispatch
	go run([]string{"created", "deleted"}, wg.Done)
	b.subscribe("billing")
	wg.Wait()
	fmt.Println(b.delivered, len(b.subscribers))
}
