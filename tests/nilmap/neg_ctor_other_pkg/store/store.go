// Package store is a key-value store whose constructor makes all of its maps.
package store

type Store struct {
	name     string
	data     map[string][]byte
	versions map[string]int
}

func New(name string) *Store {
	return &Store{
		name:     name,
		data:     make(map[string][]byte),
		versions: make(map[string]int),
	}
}

func (s *Store) Set(key string, value []byte) {
	s.data[key] = value
	s.versions[key]++
}

func (s *Store) Get(key string) ([]byte, int) {
	return s.data[key], s.versions[key]
}
