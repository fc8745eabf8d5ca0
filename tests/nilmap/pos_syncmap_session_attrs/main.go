// A web server keeps sessions in a sync.Map keyed by session ID. Login creates sessions with
// newSession, which makes the attribute map, but the tracking middleware creates a missing
// session in place with LoadOrStore of a bare literal and then records the landing page in
// its attributes, which were never made.
package main

import (
	"fmt"
	"sync"
)

type session struct {
	user  string
	attrs map[string]string
}

func newSession(user string) *session {
	return &session{user: user, attrs: map[string]string{}}
}

type server struct {
	sessions sync.Map // id -> *session
}

func (s *server) login(id, user string) {
	s.sessions.Store(id, newSession(user))
}

func (s *server) track(id, path string) {
	v, _ := s.sessions.LoadOrStore(id, &session{user: "anonymous"})
	sess := v.(*session)
	if _, seen := sess.attrs["landing"]; !seen {
		sess.attrs["landing"] = path // want "nil map"
	}
}

func main() {
	s := &server{}
	s.login("s1", "ana")
	s.track("s1", "/pricing")
	s.track("s2", "/blog")
	s.sessions.Range(func(k, v any) bool {
		fmt.Println(k, v.(*session).user, len(v.(*session).attrs))
		return true
	})
}
