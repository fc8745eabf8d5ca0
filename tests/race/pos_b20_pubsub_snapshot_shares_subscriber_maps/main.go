// A pub/sub broker copies its subscriber slice under the lock and delivers outside it, then
// records each subscriber's last sequence number in the subscriber's own map; the copy shares
// the subscribers, so Stats ranging over that map under the broker lock races the record.
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
		s.lastSeen[topic] = seq // want "concurrent map write"
	}
}

func (b *Broker) Stats() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var lines []string
	for _, s := range b.subs {
		for topic, seq := range s.lastSeen { // other access
			lines = append(lines, s.name+"/"+topic+"="+strconv.Itoa(seq))
		}
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
