// Reduced from the fix in https://github.com/mautrix/go/pull/123 ("Initialize map in
// constructor", commit fbbb076c): the in-memory state store of a Matrix client makes its maps in
// its constructor but forgets the encryption map, so the first encryption event of an encrypted
// room, dispatched by the sync handler, writes into a nil map.
package main

import (
	"fmt"
	"sync"
)

type memberEvent struct{ user, membership string }

type encryptionEvent struct{ algorithm string }

type event struct {
	room    string
	content any
}

type StateStore interface {
	SetMembership(room, user, membership string)
	SetEncryptionEvent(room string, content *encryptionEvent)
	IsEncrypted(room string) bool
}

type memoryStateStore struct {
	mu         sync.RWMutex
	members    map[string]map[string]string
	encryption map[string]*encryptionEvent
}

func NewMemoryStateStore() StateStore {
	return &memoryStateStore{members: make(map[string]map[string]string)}
}

func (s *memoryStateStore) SetMembership(room, user, membership string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[room] == nil {
		s.members[room] = make(map[string]string)
	}
	s.members[room][user] = membership
}

func (s *memoryStateStore) SetEncryptionEvent(room string, content *encryptionEvent) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.encryption[room] = content // want "nil map"
}

func (s *memoryStateStore) IsEncrypted(room string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.encryption[room] != nil
}

func updateStateStore(store StateStore, evt event) {
	switch content := evt.content.(type) {
	case *memberEvent:
		store.SetMembership(evt.room, content.user, content.membership)
	case *encryptionEvent:
		store.SetEncryptionEvent(evt.room, content)
	}
}

func main() {
	store := NewMemoryStateStore()
	for _, evt := range []event{
		{room: "!ops", content: &memberEvent{user: "@bot", membership: "join"}},
		{room: "!ops", content: &encryptionEvent{algorithm: "m.megolm.v1.aes-sha2"}},
	} {
		updateStateStore(store, evt)
	}
	fmt.Println("encrypted:", store.IsEncrypted("!ops"))
}
