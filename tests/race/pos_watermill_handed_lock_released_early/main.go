// A pub/sub channel's Subscribe locks the subscribers before it starts the goroutine that
// replays persisted messages and registers the subscriber, as
// neg_real_watermill_lock_handed_to_goroutine does, but the goroutine unlocks before it
// registers: its write to the subscribers map races with Publish's read under RLock.
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
	for _, s := range g.subscribers[topic] { // other access
		s <- msg
	}
}

func (g *GoChannel) Subscribe(topic string) <-chan string {
	g.subscribersLock.Lock()
	out := make(chan string, 16)
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.persistedLock.RLock()
		messages, ok := g.persisted[topic]
		g.persistedLock.RUnlock()
		if ok {
			for i := range messages {
				out <- g.persisted[topic][i]
			}
		}
		g.subscribersLock.Unlock()
		g.addSubscriber(topic, out)
	}()
	return out
}

func (g *GoChannel) addSubscriber(topic string, s chan string) {
	g.subscribers[topic] = append(g.subscribers[topic], s) // want "concurrent map write"
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
