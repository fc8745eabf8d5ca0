// A session service keeps user profiles in a small generic store whose Load returns the zero
// value and false for a missing key. Tagging a profile ignores the flag, so a user without a
// stored profile gets the zero Profile, whose Tags map is nil.
package main

import "fmt"

type Store[K comparable, V any] struct {
	items map[K]V
}

func NewStore[K comparable, V any]() *Store[K, V] {
	return &Store[K, V]{items: make(map[K]V)}
}

func (s *Store[K, V]) Load(k K) (V, bool) {
	if v, ok := s.items[k]; ok {
		return v, true
	}
	var zero V
	return zero, false
}

func (s *Store[K, V]) Save(k K, v V) { s.items[k] = v }

type Profile struct {
	Name string
	Tags map[string]bool
}

func tag(s *Store[string, Profile], user, t string) {
	p, _ := s.Load(user)
	p.Tags[t] = true // want "nil map"
	s.Save(user, p)
}

func main() {
	s := NewStore[string, Profile]()
	s.Save("ada", Profile{Name: "Ada", Tags: map[string]bool{}})
	tag(s, "ada", "admin")
	tag(s, "lin", "beta")
	fmt.Println(s.items)
}
