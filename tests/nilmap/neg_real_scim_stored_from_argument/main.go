// Reduced from elimity-com/scim (server_test.go:219, :227, :277, :284), where mapscope check
// reported writes into a stored resource's attribute map as writes into a nil map. The
// in-memory handler stores a record whose map field the literal sets from the creating call's
// argument (a decoded request body, never nil), or from a fresh literal in the fixture; no
// literal leaves the field out. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type record struct {
	fields  map[string]any
	version int
}

type memoryStore struct {
	next    int
	records map[string]record
}

func newMemoryStore() *memoryStore {
	return &memoryStore{records: map[string]record{
		"0000": {fields: map[string]any{}},
	}}
}

func (s *memoryStore) create(fields map[string]any) string {
	id := fmt.Sprintf("%04d", s.next+1)
	s.next++
	s.records[id] = record{fields: fields, version: 1}
	return id
}

func (s *memoryStore) replace(id string, fields map[string]any) bool {
	old, ok := s.records[id]
	if !ok {
		return false
	}
	s.records[id] = record{fields: fields, version: old.version + 1}
	return true
}

type change struct {
	path  string
	value any
}

func (s *memoryStore) patch(id string, changes []change) bool {
	if _, ok := s.records[id]; !ok {
		return false
	}
	for _, c := range changes {
		if _, ok := s.records[id].fields[c.path]; !ok {
			s.records[id].fields[c.path] = c.value
			continue
		}
		if c.value != nil {
			s.records[id].fields[c.path] = c.value
		}
	}
	return true
}

func decode(body string) map[string]any {
	fields := map[string]any{}
	if err := json.Unmarshal([]byte(body), &fields); err != nil {
		panic(err)
	}
	return fields
}

func main() {
	s := newMemoryStore()
	id := s.create(decode(`{"userName": "ana"}`))
	s.patch(id, []change{{"displayName", "Ana"}, {"userName", "ana2"}})
	s.patch("0000", []change{{"active", true}})
	s.replace(id, decode(`{"userName": "bo"}`))
	s.patch(id, []change{{"nickName", "b"}})
	fmt.Println(len(s.records), s.records[id].fields["nickName"], s.records["0000"].fields["active"])
}
