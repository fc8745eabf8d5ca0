// A session server processes logins in one loop goroutine, which owns the sessions map. The
// expiry janitor was moved out of that loop into its own goroutine on a time.Ticker, still
// pruning the map directly, so it prunes while the loop adds sessions.
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
	pruned   chan struct{}
}

func (s *server) loop() int {
	n := 0
	for l := range s.logins {
		s.sessions[l.user] = time.Now().Add(l.ttl) // want "concurrent map write"
		n++
	}
	return n
}

func (s *server) janitor(stop <-chan struct{}) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	first := true
	for {
		select {
		case <-stop:
			return
		case now := <-t.C:
			maps.DeleteFunc(s.sessions, func(_ string, exp time.Time) bool { return exp.Before(now) }) // other access
			if first {
				close(s.pruned)
				first = false
			}
		}
	}
}

func main() {
	s := &server{sessions: map[string]time.Time{}, logins: make(chan login, 4), pruned: make(chan struct{})}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { s.janitor(stop); close(done) }()
	for _, u := range []string{"ana", "ben", "cy"} {
		s.logins <- login{user: u, ttl: time.Hour}
	}
	close(s.logins)
	n := s.loop()
	<-s.pruned
	close(stop)
	<-done
	fmt.Println(n, "logins")
}
