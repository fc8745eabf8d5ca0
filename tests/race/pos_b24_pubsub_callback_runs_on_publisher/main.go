// An in-process event bus calls subscriber callbacks synchronously on the publishing
// goroutine. The inventory view's callback writes its last-seen map as if it ran on the
// view's own goroutine, which meanwhile renders a report from the same map.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
)

type message struct {
	topic string
	sku   string
	seq   int64
}

type bus struct {
	mu   sync.Mutex
	subs map[string][]func(message)
}

func (b *bus) subscribe(topic string, fn func(message)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], fn)
}

func (b *bus) publish(m message) {
	b.mu.Lock()
	fns := append([]func(message){}, b.subs[m.topic]...)
	b.mu.Unlock()
	for _, fn := range fns {
		fn(m)
	}
}

type inventoryView struct {
	lastSeen map[string]int64
}

func (v *inventoryView) onStock(m message) {
	v.lastSeen[m.sku] = m.seq // want "concurrent map write"
}

func (v *inventoryView) report() []string {
	var lines []string
	for sku, seq := range v.lastSeen { // other access
		lines = append(lines, fmt.Sprintf("%s@%d", sku, seq))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	b := &bus{subs: make(map[string][]func(message))}
	v := &inventoryView{lastSeen: make(map[string]int64)}
	b.subscribe("stock", v.onStock)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i, sku := range []string{"kb-101", "ms-204", "kb-101", "hd-330"} {
			b.publish(message{topic: "stock", sku: sku, seq: int64(i + 1)})
		}
	}()
	lines := v.report()
	wg.Wait()
	fmt.Fprintln(os.Stdout, "report:", lines)
}
