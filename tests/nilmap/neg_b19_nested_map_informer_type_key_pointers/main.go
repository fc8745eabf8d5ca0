// An informer cache indexes objects by kind, then by name; kinds are registered under the type
// name %T prints for a sample, the samples are pointers, and both watchers deliver pointers, so
// every object added finds its kind's inner map.
package main

import (
	"fmt"
	"sort"
)

type Pod struct{ Name, Node string }

type Service struct {
	Name string
	Port int
}

type Store struct {
	byKind map[string]map[string]any
}

func NewStore(samples ...any) *Store {
	s := &Store{byKind: map[string]map[string]any{}}
	for _, obj := range samples {
		s.byKind[fmt.Sprintf("%T", obj)] = map[string]any{}
	}
	return s
}

func nameOf(obj any) string {
	switch o := obj.(type) {
	case *Pod:
		return o.Name
	case *Service:
		return o.Name
	case Service:
		return o.Name
	}
	return ""
}

func (s *Store) Add(obj any) {
	s.byKind[fmt.Sprintf("%T", obj)][nameOf(obj)] = obj
}

func watchPods() []any {
	return []any{&Pod{Name: "api-7f9", Node: "n1"}, &Pod{Name: "db-0", Node: "n2"}}
}

func watchServices() []any {
	return []any{&Service{Name: "api", Port: 8080}}
}

func main() {
	store := NewStore(&Pod{}, &Service{})
	for _, watch := range []func() []any{watchPods, watchServices} {
		for _, obj := range watch() {
			store.Add(obj)
		}
	}
	kinds := make([]string, 0, len(store.byKind))
	for k := range store.byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Println(k, len(store.byKind[k]))
	}
}
