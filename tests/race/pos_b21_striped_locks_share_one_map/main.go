// A session store stripes its locks by the hash of the session id so that logins of different
// sessions do not contend, but every stripe guards the same map: two logins whose ids fall in
// different stripes store into the one map at once.
package main

import (
	"hash/fnv"
	"os"
	"strconv"
	"sync"
)

const stripes = 8

type Session struct {
	User  string
	Scope string
}

type SessionStore struct {
	locks    [stripes]sync.Mutex
	sessions map[string]Session
}

func NewSessionStore() *SessionStore {
	return &SessionStore{sessions: make(map[string]Session)}
}

func stripeOf(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % stripes)
}

func (s *SessionStore) Login(id, user string) {
	mu := &s.locks[stripeOf(id)]
	mu.Lock()
	defer mu.Unlock()
	s.sessions[id] = Session{User: user, Scope: "read:" + user} // want "concurrent map write"
}

func (s *SessionStore) Lookup(id string) (Session, bool) {
	mu := &s.locks[stripeOf(id)]
	mu.Lock()
	defer mu.Unlock()
	sess, ok := s.sessions[id]
	return sess, ok
}

func main() {
	store := NewSessionStore()
	ids := []string{"sess-0001", "sess-0002"}
	if stripeOf(ids[0]) == stripeOf(ids[1]) {
		os.Stderr.WriteString("ids share a stripe\n")
		os.Exit(2)
	}
	var wg sync.WaitGroup
	wg.Go(func() { store.Login(ids[0], "alice") })
	store.Login(ids[1], "bob")
	wg.Wait()
	found := 0
	for _, id := range ids {
		if _, ok := store.Lookup(id); ok {
			found++
		}
	}
	os.Stdout.WriteString("sessions: " + strconv.Itoa(found) + "\n")
}
