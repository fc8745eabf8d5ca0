// A storage decorator embeds the Store interface and counts calls per method; Instrument wraps
// a store in a struct literal that leaves the counts map nil, so the first Get dispatched
// through the interface writes into it.
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Put(key, value string)
}

type memStore struct{ data map[string]string }

func (m *memStore) Get(key string) (string, bool) { v, ok := m.data[key]; return v, ok }
func (m *memStore) Put(key, value string)         { m.data[key] = value }

type instrumented struct {
	Store
	calls map[string]int
}

func Instrument(s Store) Store {
	return &instrumented{Store: s}
}

func (i *instrumented) Get(key string) (string, bool) {
	i.calls["get"]++ // want "nil map"
	return i.Store.Get(key)
}

func (i *instrumented) Put(key, value string) {
	i.calls["put"]++
	i.Store.Put(key, value)
}

func loadThrough(s Store, key string, load func(string) string) string {
	if v, ok := s.Get(key); ok {
		return v
	}
	v := load(key)
	s.Put(key, v)
	return v
}

func main() {
	var store Store = &memStore{data: map[string]string{}}
	store = Instrument(store)
	upper := func(k string) string { return strings.ToUpper(k) }
	for _, k := range []string{"eu", "us", "eu"} {
		fmt.Println(k, loadThrough(store, k, upper))
	}
	if in, ok := store.(*instrumented); ok {
		fmt.Println("get", in.calls["get"], "put", in.calls["put"])
	}
}
