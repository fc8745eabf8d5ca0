// An event pipeline's workers hand enriched events to the exporter with a non-blocking send and
// park what the exporter cannot take in a backlog map to retry later. While the exporter is
// still connecting, every worker parks its events there, taking turns on the backlog's mutex.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

type Event struct {
	Key  string
	Body string
}

type Pipeline struct {
	sink      chan Event
	backlogMu sync.Mutex
	backlog   map[string]Event
}

func (p *Pipeline) worker(in <-chan Event, wg *sync.WaitGroup) {
	defer wg.Done()
	for ev := range in {
		ev.Body = strings.ToUpper(ev.Body)
		select {
		case p.sink <- ev:
		default:
			p.backlogMu.Lock()
			p.backlog[ev.Key] = ev
			p.backlogMu.Unlock()
		}
	}
}

// export connects late and then drains the sink and the backlog.
func (p *Pipeline) export(done chan<- int) {
	n := 0
	for range p.sink {
		n++
	}
	done <- n + len(p.backlog)
}

func main() {
	p := &Pipeline{sink: make(chan Event), backlog: make(map[string]Event)}
	// One worker per shard, so events of one key stay in order.
	shards := []chan Event{make(chan Event), make(chan Event)}
	var wg sync.WaitGroup
	for _, in := range shards {
		wg.Add(1)
		go p.worker(in, &wg)
	}
	for i := 0; i < 6; i++ {
		shards[i%len(shards)] <- Event{Key: "ev-" + strconv.Itoa(i), Body: "login user" + strconv.Itoa(i)}
	}
	for _, in := range shards {
		close(in)
	}
	wg.Wait()

	done := make(chan int)
	go p.export(done)
	close(p.sink)
	os.Stdout.WriteString("exported " + strconv.Itoa(<-done) + " events\n")
}
