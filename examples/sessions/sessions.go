// Package sessions keeps login sessions in memory, with a janitor goroutine that expires them.
//
// It holds one real bug for `mapscope check` to find: the janitor deletes expired sessions
// without taking the store's lock, while Login adds sessions under it. Go's race detector sees it
// only when a test happens to run both at once; `fatal error: concurrent map writes` takes the
// whole server down when production does.
package sessions

import (
	"sync"
	"time"
)

// Store maps session tokens to users.
type Store struct {
	mu       sync.Mutex
	sessions map[string]session
	logins   map[string]int // per user, guarded by mu everywhere
}

type session struct {
	user    string
	expires time.Time
}

// NewStore starts the janitor, which expires sessions every interval.
func NewStore(interval time.Duration) *Store {
	s := &Store{sessions: make(map[string]session), logins: make(map[string]int)}
	go s.janitor(interval)
	return s
}

// Login records a session for user under token, valid for ttl.
func (s *Store) Login(token, user string, ttl time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sessions[token] = session{user: user, expires: time.Now().Add(ttl)}
	s.logins[user]++
}

// User returns the user of a live session.
func (s *Store) User(token string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[token]
	if !ok || time.Now().After(sess.expires) {
		return "", false
	}
	return sess.user, true
}

func (s *Store) janitor(interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for now := range t.C {
		for token, sess := range s.sessions {
			if now.After(sess.expires) {
				delete(s.sessions, token) // no lock: races with Login
			}
		}
	}
}
