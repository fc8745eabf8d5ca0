// A session store answers lookups under its read lock, and a later change made Get also record
// when each session was last seen, for idle expiry. The write stayed under RLock, which many
// readers hold at once, so two requests touching sessions at the same time write the lastSeen
// map together. Both requests are held at a gate until they are in flight.
package main

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

type SessionStore struct {
	mu       sync.RWMutex
	users    map[string]string
	lastSeen map[string]time.Time
	now      func() time.Time
}

func (s *SessionStore) Get(id string) (string, bool) {
	s.mu.RLock() // root cause
	defer s.mu.RUnlock()
	user, ok := s.users[id]
	if ok {
		s.lastSeen[id] = s.now() // want "concurrent map write"
	}
	return user, ok
}

func (s *SessionStore) handleWhoAmI(w http.ResponseWriter, r *http.Request) {
	user, ok := s.Get(r.Header.Get("X-Session"))
	if !ok {
		http.Error(w, "no session", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(user))
}

func main() {
	start := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	store := &SessionStore{
		users:    map[string]string{"s-1": "ada", "s-2": "grace"},
		lastSeen: map[string]time.Time{},
		now:      func() time.Time { return start },
	}
	var gate sync.WaitGroup
	gate.Add(2)
	handler := func(w http.ResponseWriter, r *http.Request) {
		gate.Done()
		gate.Wait()
		store.handleWhoAmI(w, r)
	}

	var wg sync.WaitGroup
	codes := make([]int, 2)
	for i, id := range []string{"s-1", "s-2"} {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodGet, "/whoami", nil)
			req.Header.Set("X-Session", id)
			handler(rec, req)
			codes[i] = rec.Code
		})
	}
	wg.Wait()
	println(codes[0], codes[1], len(store.lastSeen))
}
