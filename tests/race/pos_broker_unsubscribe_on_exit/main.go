// A pub/sub broker whose subscriber goroutines unsubscribe themselves with a deferred delete
// when their context ends, while publish ranges over the subscribers under the broker's lock;
// the deferred delete takes no lock.
package main

import (
	"context"
	"fmt"
	"sync"
)

type broker struct {
	mu   sync.Mutex
	subs map[int]chan string
	wg   sync.WaitGroup
}

func (b *broker) subscribe(ctx context.Context, id int) {
	ch := make(chan string, 4)
	b.mu.Lock()
	b.subs[id] = ch
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		defer delete(b.subs, id) // want "concurrent map write"
		<-ctx.Done()
	}()
}

func (b *broker) publish(msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, ch := range b.subs { // other access
		select {
		case ch <- msg:
			n++
		default:
		}
	}
	return n
}

func main() {
	b := &broker{subs: make(map[int]chan string)}
	ctx, cancel := context.WithCancel(context.Background())
	b.subscribe(ctx, 1)
	cancel()
	b.publish("deploy finished")
	b.wg.Wait()
	fmt.Println(len(b.subs))
}
