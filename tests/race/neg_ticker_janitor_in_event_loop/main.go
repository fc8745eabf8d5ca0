// A session server processes logins in one loop goroutine, which owns the sessions map. The
// expiry janitor is a time.Ticker case of the same select loop, so it prunes the map in the
// goroutine that adds sessions, and nothing else touches the map.
package main

import (
	"fmt"
	"maps"
	"time"
)

type login struct {
	user string
	ttl  time.Duration
}

type server struct {
	sessions map[string]time.Time // user -> expiry
	logins   chan login
}

func (s *server) loop() int {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	n, pruned, open := 0, false, true
	for open || !pruned {
		select {
		case l, ok := <-s.logins:
			if !ok {
				open, s.logins = false, nil
				continue
			}
			s.sessions[l.user] = time.Now().Add(l.ttl)
			n++
		case now := <-t.C:
			maps.DeleteFunc(s.sessions, func(_ string, exp time.Time) bool { return exp.Before(now) })
			pruned = true
		}
	}
	return n
}

func main() {
	s := &server{sessions: map[string]time.Time{}, logins: make(chan login, 4)}
	done := make(chan int)
	go func() { done <- s.loop() }()
	for _, u := range []string{"ana", "ben", "cy"} {
		s.logins <- login{user: u, ttl: time.Hour}
	}
	close(s.logins)
	fmt.Println(<-done, "logins")
}
