// A session store drops every session on logout-all by setting its table to nil, to let the
// old entries be collected at once. Login makes the table again when it finds it nil, so the
// first login after a reset stores into a fresh map.
package main

import (
	"fmt"
	"strings"
	"time"
)

type session struct {
	user    string
	created time.Time
}

type SessionStore struct {
	byToken map[string]session
	issued  int
}

func NewSessionStore() *SessionStore {
	return &SessionStore{byToken: make(map[string]session)}
}

func (s *SessionStore) Login(user string) string {
	s.issued++
	token := fmt.Sprintf("%s-%04d", strings.ToLower(user), s.issued)
	if s.byToken == nil {
		s.byToken = make(map[string]session)
	}
	s.byToken[token] = session{user: user, created: time.Unix(1700000000, 0)}
	return token
}

func (s *SessionStore) Lookup(token string) (string, bool) {
	sess, ok := s.byToken[token]
	return sess.user, ok
}

// ResetAll logs everybody out; called by the admin endpoint after a credential leak.
func (s *SessionStore) ResetAll() int {
	n := len(s.byToken)
	s.byToken = nil
	return n
}

func main() {
	store := NewSessionStore()
	a := store.Login("Ada")
	b := store.Login("Grace")
	fmt.Println(store.Lookup(a))
	fmt.Println(store.Lookup(b))

	fmt.Println("revoked", store.ResetAll(), "sessions")
	if _, ok := store.Lookup(a); !ok {
		fmt.Println("ada must log in again")
	}
	c := store.Login("Ada")
	fmt.Println(store.Lookup(c))
}
