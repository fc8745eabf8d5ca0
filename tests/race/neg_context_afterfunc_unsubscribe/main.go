// A pub/sub hub removes a subscription when its context is cancelled, with context.AfterFunc.
// The cleanup runs in its own goroutine and deletes under the hub's lock, the same lock the
// main goroutine holds to subscribe someone else.
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
	h.subs[id] = make(chan string, 1)
	h.mu.Unlock()
	if ctx.Done() == nil {
		return // never cancelled: the subscription lives as long as the hub
	}
	h.cleaned.Add(1)
	context.AfterFunc(ctx, func() {
		defer h.cleaned.Done()
		h.mu.Lock()
		delete(h.subs, id)
		h.mu.Unlock()
	})
}

func main() {
	h := &hub{subs: make(map[string]chan string)}
	ctx, cancel := context.WithCancel(context.Background())
	h.subscribe(ctx, "dashboard")
	cancel()
	h.subscribe(context.Background(), "alerts")
	h.cleaned.Wait()
	h.mu.Lock()
	fmt.Println(len(h.subs))
	h.mu.Unlock()
}
