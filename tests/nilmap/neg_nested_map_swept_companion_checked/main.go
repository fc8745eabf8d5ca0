// A session store keeps per-session attributes (session -> key -> value) and a last-seen time,
// and a sweep deletes idle sessions from both maps together. A request routed to a session
// before the sweep records its last path afterwards, but first checks that the session still
// has a last-seen time, which it has exactly when its attributes are still there.
package main

import (
	"fmt"
	"time"
)

type Store struct {
	attrs    map[string]map[string]string
	lastSeen map[string]time.Time
}

func NewStore() *Store {
	return &Store{attrs: map[string]map[string]string{}, lastSeen: map[string]time.Time{}}
}

func (s *Store) Open(id string, now time.Time) {
	s.attrs[id] = map[string]string{"opened": now.Format(time.RFC3339)}
	s.lastSeen[id] = now
}

func (s *Store) Sweep(now time.Time, idle time.Duration) int {
	removed := 0
	for id, seen := range s.lastSeen {
		if now.Sub(seen) > idle {
			delete(s.attrs, id)
			delete(s.lastSeen, id)
			removed++
		}
	}
	return removed
}

func (s *Store) Record(id, path string, now time.Time) {
	if _, ok := s.lastSeen[id]; !ok {
		return
	}
	s.attrs[id]["last_path"] = path
	s.lastSeen[id] = now
}

type request struct {
	session string
	path    string
	at      time.Duration
}

func main() {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s := NewStore()
	s.Open("s-1", start)
	s.Open("s-2", start.Add(20*time.Minute))

	queue := []request{
		{"s-2", "/cart", 21 * time.Minute},
		{"s-1", "/checkout", 40 * time.Minute},
	}
	// The sweep runs between routing and handling the queued requests.
	fmt.Println("swept", s.Sweep(start.Add(35*time.Minute), 30*time.Minute))
	for _, r := range queue {
		s.Record(r.session, r.path, start.Add(r.at))
	}
	fmt.Println(len(s.attrs), "sessions")
}
