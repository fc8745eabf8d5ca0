// A presence service keeps, per room, an inner map of members and their last-seen times; Touch
// writes the member's time into the inner map, so it takes the write lock even though it only
// reads the outer map, and two requests touching one room are serialised.
package main

import (
	"os"
	"strconv"
	"sync"
)

type Presence struct {
	mu    sync.RWMutex
	rooms map[string]map[string]int64
}

func (p *Presence) Join(room, user string, at int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rooms[room] == nil {
		p.rooms[room] = map[string]int64{}
	}
	p.rooms[room][user] = at
}

func (p *Presence) Touch(room, user string, at int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	members, ok := p.rooms[room]
	if !ok {
		return false
	}
	if _, joined := members[user]; !joined {
		return false
	}
	members[user] = at
	return true
}

func (p *Presence) LastSeen(room string) int64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	var last int64
	for _, at := range p.rooms[room] {
		last = max(last, at)
	}
	return last
}

func main() {
	p := &Presence{rooms: map[string]map[string]int64{}}
	p.Join("ops", "alice", 100)
	p.Join("ops", "bob", 100)
	var wg sync.WaitGroup
	wg.Go(func() { p.Touch("ops", "alice", 130) })
	ok := p.Touch("ops", "bob", 125)
	wg.Wait()
	os.Stdout.WriteString("touched=" + strconv.FormatBool(ok) +
		" last=" + strconv.FormatInt(p.LastSeen("ops"), 10) + "\n")
}
