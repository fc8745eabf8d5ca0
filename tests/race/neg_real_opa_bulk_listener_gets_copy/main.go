// Reduced from open-policy-agent/opa v1.22.4, v1/plugins/bundle/plugin.go:523 (Plugin.oneShot),
// where mapscope check reported the write to `statusCpy` by the goroutine of
// TestPluginBulkListenerStatusCopyOnly (plugin_test.go:3739) racing with the test's read of
// the map it receives (plugin_test.go:3744). oneShot copies the status map for every bulk
// listener and calls it; the test's listener, kept in the plugin's map of listeners, sends the
// copy on a channel, and the test reads it only after receiving it. Every write to the copy
// comes before the send. A near miss: the copy is handed over through the channel. Our own
// rewrite.
package main

import (
	"fmt"
	"sync"
)

type status struct {
	name     string
	revision string
}

type plugin struct {
	mtx           sync.Mutex
	status        map[string]*status
	bulkListeners map[string]func(map[string]*status)
}

func (p *plugin) registerBulkListener(name string, listener func(map[string]*status)) {
	p.mtx.Lock()
	defer p.mtx.Unlock()
	if p.bulkListeners == nil {
		p.bulkListeners = map[string]func(map[string]*status){}
	}
	p.bulkListeners[name] = listener
}

func (p *plugin) oneShot(name, revision string) {
	p.mtx.Lock()
	defer p.mtx.Unlock()
	p.status[name].revision = revision
	for _, listener := range p.bulkListeners {
		// Each listener gets its own copy of the statuses.
		statusCpy := map[string]*status{}
		for k, v := range p.status {
			v := *v
			statusCpy[k] = &v
		}
		listener(statusCpy)
	}
}

func main() {
	p := &plugin{status: map[string]*status{}}
	names := []string{"b1", "b2", "b3"}
	for _, n := range names {
		p.status[n] = &status{name: n}
	}
	bulk := make(chan map[string]*status)
	p.registerBulkListener("bulk test", func(s map[string]*status) {
		bulk <- s
	})
	go func() {
		p.oneShot(names[0], "quickbrownfaux")
	}()
	s1 := <-bulk
	if s1[names[0]].revision != "quickbrownfaux" {
		panic("unexpected status")
	}
	for _, n := range names[1:] {
		go p.oneShot(n, "rev-"+n)
		s := <-bulk
		fmt.Println(n, s[n].revision)
	}
}
