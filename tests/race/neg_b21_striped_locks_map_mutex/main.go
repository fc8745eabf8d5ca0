// A session store stripes its locks by the hash of the session id so that logins of one
// session are serialised, and guards the one sessions map with a store-wide mutex taken
// inside the stripe, so two logins in different stripes store into the map in turn.
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
	mapMu    sync.Mutex
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
	s.mapMu.Lock()
	s.sessions[id] = Session{User: user, Scope: "read:" + user}
	s.mapMu.Unlock()
}

func (s *SessionStore) Lookup(id string) (Session, bool) {
	mu := &s.locks[stripeOf(id)]
	mu.Lock()
	defer mu.Unlock()
	s.mapMu.Lock()
	sess, ok := s.sessions[id]
	s.mapMu.Unlock()
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
