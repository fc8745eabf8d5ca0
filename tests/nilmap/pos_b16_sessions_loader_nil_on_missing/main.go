// A session store restores its sessions from a snapshot file at startup. The loader returns a
// nil map with the not-found error, the store treats a missing snapshot as a first start and
// keeps going, and the first login writes into the nil map.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

type Session struct {
	User    string    `json:"user"`
	Expires time.Time `json:"expires"`
}

func loadSnapshot(path string) (map[string]Session, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read snapshot: %w", err)
	}
	sessions := make(map[string]Session)
	if err := json.Unmarshal(data, &sessions); err != nil {
		return nil, fmt.Errorf("decode snapshot: %w", err)
	}
	return sessions, nil
}

type Store struct {
	sessions map[string]Session
	ttl      time.Duration
}

func OpenStore(dir string) (*Store, error) {
	sessions, err := loadSnapshot(filepath.Join(dir, "sessions.json"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return &Store{sessions: sessions, ttl: time.Hour}, nil
}

func (s *Store) Login(token, user string, now time.Time) {
	s.sessions[token] = Session{User: user, Expires: now.Add(s.ttl)} // want "nil map"
}

func main() {
	dir, err := os.MkdirTemp("", "sessions")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	st, err := OpenStore(dir)
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	st.Login("tok-1", "alice", now)
	fmt.Println(len(st.sessions), "sessions")
}
