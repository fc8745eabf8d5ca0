// A near miss: the generic store's Load returns the zero Profile and false for a missing key,
// and tagging tests the flag and starts a fresh profile with its own Tags map on a miss.
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
	p, ok := s.Load(user)
	if !ok {
		p = Profile{Name: user, Tags: map[string]bool{}}
	}
	p.Tags[t] = true
	s.Save(user, p)
}

func main() {
	s := NewStore[string, Profile]()
	s.Save("ada", Profile{Name: "Ada", Tags: map[string]bool{}})
	tag(s, "ada", "admin")
	tag(s, "lin", "beta")
	fmt.Println(s.items)
}
