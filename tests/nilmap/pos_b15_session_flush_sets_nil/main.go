// A web app's in-memory session store. FlushAll, run when an operator revokes every session,
// drops the map by setting it to nil so the GC can reclaim it, and the next login's Put writes
// into the nil map.
package main

import (
	"fmt"
	"strconv"
	"time"
)

type Session struct {
	User    string
	Expires time.Time
}

type Store struct {
	sessions map[string]Session
	ttl      time.Duration
	nextID   int
}

func NewStore(ttl time.Duration) *Store {
	return &Store{sessions: make(map[string]Session), ttl: ttl}
}

func (s *Store) Put(user string, now time.Time) string {
	s.nextID++
	id := "sess-" + strconv.Itoa(s.nextID)
	s.sessions[id] = Session{User: user, Expires: now.Add(s.ttl)} // want "nil map"
	return id
}

func (s *Store) Get(id string, now time.Time) (Session, bool) {
	sess, ok := s.sessions[id]
	if !ok || now.After(sess.Expires) {
		return Session{}, false
	}
	return sess, true
}

// FlushAll revokes every session at once.
func (s *Store) FlushAll() int {
	n := len(s.sessions)
	s.sessions = nil
	return n
}

func main() {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	st := NewStore(30 * time.Minute)
	a := st.Put("alice", now)
	st.Put("bob", now)
	_, ok := st.Get(a, now.Add(10*time.Minute))
	fmt.Println("alice logged in:", ok)

	fmt.Println("revoked", st.FlushAll(), "sessions")
	c := st.Put("carol", now.Add(time.Hour))
	_, ok = st.Get(c, now.Add(time.Hour))
	fmt.Println("carol logged in:", ok)
}
