// A deploy notifier keeps its hooks in a map by name and runs every hook in a goroutine of its
// own so that a slow webhook cannot delay the deploy. The hooks record their last delivery in
// one status map under a mutex of their own, so the hooks of one event take turns.
package main

import (
	"fmt"
	"sync"
)

type Notifier struct {
	mu    sync.Mutex
	hooks map[string]func(event string)
}

func (n *Notifier) Register(name string, hook func(event string)) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.hooks[name] = hook
}

func (n *Notifier) Notify(event string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	var wg sync.WaitGroup
	for _, hook := range n.hooks {
		wg.Go(func() { hook(event) })
	}
	wg.Wait()
}

func main() {
	n := &Notifier{hooks: make(map[string]func(string))}
	status := map[string]string{}
	var statusMu sync.Mutex
	var ready sync.WaitGroup
	ready.Add(2)
	n.Register("slack", func(event string) {
		ready.Done()
		ready.Wait()
		statusMu.Lock()
		status["slack"] = event
		statusMu.Unlock()
	})
	n.Register("pager", func(event string) {
		ready.Done()
		ready.Wait()
		statusMu.Lock()
		status["pager"] = event
		statusMu.Unlock()
	})
	n.Notify("deploy v42")
	fmt.Println(len(status))
}
