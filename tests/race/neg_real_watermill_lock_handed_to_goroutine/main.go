// Reduced from github.com/ThreeDotsLabs/watermill v1.5.1, pubsub/gochannel/pubsub.go:118 and
// :268, where mapscope check reported the write to `g.persisted` in Publish racing with the read
// in the goroutine that Subscribe starts (line 243), and that goroutine's write to
// `g.subscribers` racing with Subscribe's read. Subscribe takes `g.subscribersLock.Lock()` and
// the goroutine it starts releases it (`defer g.subscribersLock.Unlock()`), so the goroutine
// runs holding the lock from its first statement; Publish holds `RLock` of the same lock. A near
// miss: a mutex locked before a `go` statement and unlocked by the goroutine it starts is held
// by that goroutine. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type GoChannel struct {
	subscribersLock sync.RWMutex
	subscribers     map[string][]chan string
	persistedLock   sync.RWMutex
	persisted       map[string][]string
	wg              sync.WaitGroup
}

func (g *GoChannel) Publish(topic, msg string) {
	g.subscribersLock.RLock()
	defer g.subscribersLock.RUnlock()
	g.persistedLock.Lock()
	g.persisted[topic] = append(g.persisted[topic], msg)
	g.persistedLock.Unlock()
	for _, s := range g.subscribers[topic] {
		s <- msg
	}
}

func (g *GoChannel) Subscribe(topic string) <-chan string {
	g.subscribersLock.Lock()
	out := make(chan string, 16)
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer g.subscribersLock.Unlock()
		g.persistedLock.RLock()
		messages, ok := g.persisted[topic]
		g.persistedLock.RUnlock()
		if ok {
			for i := range messages {
				out <- g.persisted[topic][i]
			}
		}
		g.addSubscriber(topic, out)
	}()
	return out
}

func (g *GoChannel) addSubscriber(topic string, s chan string) {
	if _, ok := g.subscribers[topic]; !ok {
		g.subscribers[topic] = make([]chan string, 0)
	}
	g.subscribers[topic] = append(g.subscribers[topic], s)
}

func main() {
	g := &GoChannel{subscribers: map[string][]chan string{}, persisted: map[string][]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.Publish("t", fmt.Sprint("m", i))
		}()
	}
	a, b := g.Subscribe("t"), g.Subscribe("u")
	g.Publish("u", "late")
	wg.Wait()
	g.wg.Wait()
	fmt.Println(len(a) <= 4, len(b), len(g.persisted["t"]), len(g.subscribers))
}
