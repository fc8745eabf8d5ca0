// A session service picks its store from config through a factory returning an interface. The
// "memory" case makes the store's map, and so does the "memory-ttl" case added for staging, so
// Put through the interface always finds a made map. The near miss of
// pos_b14_backend_switch_path_no_map.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Store interface {
	Put(id string, user string)
	Get(id string) (string, bool)
}

type entry struct {
	user    string
	expires time.Time
}

type memStore struct {
	data map[string]entry
	ttl  time.Duration
	now  func() time.Time
}

func (m *memStore) Put(id, user string) {
	exp := time.Time{}
	if m.ttl > 0 {
		exp = m.now().Add(m.ttl)
	}
	m.data[id] = entry{user: user, expires: exp}
}

func (m *memStore) Get(id string) (string, bool) {
	e, ok := m.data[id]
	if !ok || (!e.expires.IsZero() && m.now().After(e.expires)) {
		return "", false
	}
	return e.user, true
}

type Config struct {
	Backend string
	TTL     time.Duration
}

func fixedClock() time.Time { return time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC) }

func NewStore(cfg Config) (Store, error) {
	switch cfg.Backend {
	case "memory":
		return &memStore{data: make(map[string]entry), now: fixedClock}, nil
	case "memory-ttl":
		return &memStore{data: make(map[string]entry), ttl: cfg.TTL, now: fixedClock}, nil
	default:
		return nil, errors.New("unknown session backend " + cfg.Backend)
	}
}

func main() {
	for _, cfg := range []Config{{Backend: "memory"}, {Backend: "memory-ttl", TTL: time.Hour}} {
		store, err := NewStore(cfg)
		if err != nil {
			fmt.Println(err)
			continue
		}
		store.Put("sess-1", "ada")
		user, ok := store.Get("sess-1")
		fmt.Println(cfg.Backend, user, ok)
	}
}
