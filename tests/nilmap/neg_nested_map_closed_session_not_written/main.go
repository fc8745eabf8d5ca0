// A session store keeps per-session attributes (session -> key -> value). Open creates a
// session's inner map and Close deletes it; the caller closes a session only after its last
// request, so Record only ever writes a session that is open.
package main

import (
	"fmt"
	"sort"
)

type Store struct {
	attrs map[string]map[string]string
}

func NewStore() *Store {
	return &Store{attrs: map[string]map[string]string{}}
}

func (s *Store) Open(id string) {
	s.attrs[id] = map[string]string{"state": "open"}
}

func (s *Store) Close(id string) {
	delete(s.attrs, id)
}

func (s *Store) Record(id, path string) {
	s.attrs[id]["last_path"] = path
}

func main() {
	s := NewStore()
	for _, id := range []string{"s-1", "s-2"} {
		s.Open(id)
	}
	s.Record("s-1", "/cart")
	s.Record("s-2", "/checkout")
	s.Close("s-1")
	ids := make([]string, 0, len(s.attrs))
	for id := range s.attrs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Println(id, s.attrs[id]["last_path"])
	}
}
