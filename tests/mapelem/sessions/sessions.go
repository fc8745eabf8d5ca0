// Package sessions keeps sessions by ID as struct values and hands out pointers into the map,
// calls pointer methods on its elements and decodes into them; Go rejects each of these.
package sessions

import (
	"bytes"
	"encoding/json"
	"sync"
)

type Session struct {
	mu    sync.Mutex
	User  string
	Hits  int
	trail bytes.Buffer
}

func (s *Session) Touch() { s.Hits++ }

func (s Session) Name() string { return s.User }

type Store struct {
	byID map[string]Session
	ptrs map[string]*Session
}

func (st *Store) Get(id string) *Session {
	return &st.byID[id] // want "map element"
}

func (st *Store) HitsOf(id string) *int {
	return &(st.byID[id].Hits) // want "map element"
}

func (st *Store) Touch(id string) {
	st.byID[id].Touch() // want "map element"
}

func (st *Store) Lock(id string) {
	st.byID[id].mu.Lock() // want "map element"
}

func (st *Store) Record(id, page string) {
	st.byID[id].trail.WriteString(page) // want "map element"
}

func (st *Store) Load(id string, raw []byte) error {
	return json.Unmarshal(raw, &st.byID[id]) // want "map element"
}

// A map of pointers is the other fix: its elements are variables on the heap.
func (st *Store) TouchPointer(id string) {
	st.ptrs[id].Touch()
	st.ptrs[id].Hits++
	_ = &st.ptrs[id].User
}

// Value methods need no address.
func (st *Store) Name(id string) string {
	return st.byID[id].Name()
}
