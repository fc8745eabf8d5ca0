// A session store stripes its sessions by the hash of the session id, each stripe a mutex
// with a map of its own, so two logins whose ids fall in different stripes store into two
// different maps.
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

type stripe struct {
	mu       sync.Mutex
	sessions map[string]Session
}

type SessionStore struct {
	stripes [stripes]stripe
}

func NewSessionStore() *SessionStore {
	s := &SessionStore{}
	for i := range s.stripes {
		s.stripes[i].sessions = make(map[string]Session)
	}
	return s
}

func stripeOf(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % stripes)
}

func (s *SessionStore) Login(id, user string) {
	st := &s.stripes[stripeOf(id)]
	st.mu.Lock()
	defer st.mu.Unlock()
	st.sessions[id] = Session{User: user, Scope: "read:" + user}
}

func (s *SessionStore) Lookup(id string) (Session, bool) {
	st := &s.stripes[stripeOf(id)]
	st.mu.Lock()
	defer st.mu.Unlock()
	sess, ok := st.sessions[id]
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
