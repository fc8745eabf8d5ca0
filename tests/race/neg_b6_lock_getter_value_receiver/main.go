// A session store hands its mutex out through a locker() getter so helpers in other files
// can lock it. The getter has a pointer receiver, so it returns the store's own mutex and two
// logins take turns storing their sessions.
package main

import (
	"fmt"
	"sync"
)

type SessionStore struct {
	mu       sync.Mutex
	sessions map[string]string // token -> user
}

func (s *SessionStore) locker() *sync.Mutex { return &s.mu }

func (s *SessionStore) Login(token, user string) {
	l := s.locker()
	l.Lock()
	defer l.Unlock()
	s.sessions[token] = user
}

func (s *SessionStore) Count() int {
	l := s.locker()
	l.Lock()
	defer l.Unlock()
	return len(s.sessions)
}

func main() {
	store := &SessionStore{sessions: make(map[string]string)}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, user := range []string{"ana", "bo"} {
		wg.Go(func() {
			<-start
			store.Login(fmt.Sprintf("tok-%d", i), user)
		})
	}
	close(start)
	wg.Wait()
	fmt.Println(store.Count())
}
