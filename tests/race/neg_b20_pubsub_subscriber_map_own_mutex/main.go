// A pub/sub broker copies its subscriber slice under the lock and delivers outside it, then
// records each subscriber's last sequence number under the subscriber's own mutex, which Stats
// also takes while ranging over that map.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Subscriber struct {
	name     string
	inbox    chan string
	mu       sync.Mutex
	lastSeen map[string]int
}

type Broker struct {
	mu   sync.Mutex
	subs []*Subscriber
	seq  int
}

func (b *Broker) Publish(topic, payload string) {
	b.mu.Lock()
	b.seq++
	seq := b.seq
	subs := append([]*Subscriber(nil), b.subs...)
	b.mu.Unlock()
	for _, s := range subs {
		s.inbox <- topic + ":" + payload
		s.mu.Lock()
		s.lastSeen[topic] = seq
		s.mu.Unlock()
	}
}

func (b *Broker) Stats() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var lines []string
	for _, s := range b.subs {
		s.mu.Lock()
		for topic, seq := range s.lastSeen {
			lines = append(lines, s.name+"/"+topic+"="+strconv.Itoa(seq))
		}
		s.mu.Unlock()
	}
	sort.Strings(lines)
	return strings.Join(lines, " ")
}

func main() {
	audit := &Subscriber{name: "audit", inbox: make(chan string), lastSeen: map[string]int{}}
	b := &Broker{subs: []*Subscriber{audit}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.Publish("orders", "created 1042")
	}()
	msg := <-audit.inbox
	stats := b.Stats()
	<-done
	os.Stdout.WriteString(msg + " | " + stats + "\n")
}
