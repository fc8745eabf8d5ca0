// Package store is a key-value store whose constructor forgets one of its maps.
package store

type Store struct {
	name     string
	data     map[string][]byte
	versions map[string]int
}

func New(name string) *Store {
	return &Store{name: name, data: make(map[string][]byte)}
}

func (s *Store) Set(key string, value []byte) {
	s.data[key] = value
	s.versions[key]++ // want "nil map"
}

func (s *Store) Get(key string) ([]byte, int) {
	return s.data[key], s.versions[key]
}
