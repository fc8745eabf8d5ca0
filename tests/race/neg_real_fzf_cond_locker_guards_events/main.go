// Reduced from junegunn/fzf v0.65.2, src/util/eventbox.go:41, where mapscope check reported
// EventBox.Set writing `b.events` in a goroutine (eventbox_test.go:20) while Wait reads
// `len(b.events)` (:30) in the test's goroutine, with no lock held. Both take
// `b.cond.L.Lock()`: the box's mutex is the Locker of its sync.Cond (`sync.NewCond(&sync.Mutex{})`),
// reached through the Cond's `L` field of interface type, and Wait's `b.cond.Wait()` releases it
// only while it sleeps. A near miss: every access under the Cond's Locker. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type eventType int

const (
	evtReadNew eventType = iota
	evtSearchNew
	evtReadFin
)

type events map[eventType]int

type eventBox struct {
	events events
	cond   *sync.Cond
	ignore map[eventType]bool
}

func newEventBox() *eventBox {
	return &eventBox{
		events: make(events),
		cond:   sync.NewCond(&sync.Mutex{}),
		ignore: make(map[eventType]bool),
	}
}

func (b *eventBox) wait(callback func(*events)) {
	b.cond.L.Lock()
	if len(b.events) == 0 {
		b.cond.Wait()
	}
	callback(&b.events)
	b.cond.L.Unlock()
}

func (b *eventBox) set(event eventType, value int) {
	b.cond.L.Lock()
	b.events[event] = value
	if _, found := b.ignore[event]; !found {
		b.cond.Broadcast()
	}
	b.cond.L.Unlock()
}

func (e *events) clear() {
	for event := range *e {
		delete(*e, event)
	}
}

func main() {
	box := newEventBox()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 4; i++ {
			box.set(evtReadNew, i)
			box.set(evtSearchNew, i)
		}
		box.set(evtReadFin, 0)
	}()
	rounds, finished := 0, false
	for !finished {
		box.wait(func(evs *events) {
			_, finished = (*evs)[evtReadFin]
			evs.clear()
		})
		rounds++
	}
	wg.Wait()
	fmt.Println("finished after at least one round:", rounds > 0)
}
