// A pub/sub hub removes a subscription when its context is cancelled, with context.AfterFunc.
// The cleanup runs in its own goroutine and deletes without the hub's lock, while the main
// goroutine subscribes someone else under it: the second subscription's write races with the
// first one's cleanup.
package main

import (
	"context"
	"fmt"
	"sync"
)

type hub struct {
	mu      sync.Mutex
	subs    map[string]chan string
	cleaned sync.WaitGroup
}

func (h *hub) subscribe(ctx context.Context, id string) {
	h.mu.Lock()
	h.subs[id] = make(chan string, 1) // want "concurrent map write"
	h.mu.Unlock()
	if ctx.Done() == nil {
		return // never cancelled: the subscription lives as long as the hub
	}
	h.cleaned.Add(1)
	context.AfterFunc(ctx, func() {
		defer h.cleaned.Done()
		delete(h.subs, id) // other access
	})
}

func main() {
	h := &hub{subs: make(map[string]chan string)}
	ctx, cancel := context.WithCancel(context.Background())
	h.subscribe(ctx, "dashboard")
	cancel()
	h.subscribe(context.Background(), "alerts")
	h.cleaned.Wait()
	fmt.Println(len(h.subs))
}
