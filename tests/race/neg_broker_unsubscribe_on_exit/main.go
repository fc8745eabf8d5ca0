// A pub/sub broker whose subscriber goroutines unsubscribe themselves when their context ends,
// taking the broker's lock for the delete, as publish does for its range.
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

func (b *broker) unsubscribe(id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.subs, id)
}

func (b *broker) subscribe(ctx context.Context, id int) {
	ch := make(chan string, 4)
	b.mu.Lock()
	b.subs[id] = ch
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		defer b.unsubscribe(id)
		<-ctx.Done()
	}()
}

func (b *broker) publish(msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, ch := range b.subs {
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
