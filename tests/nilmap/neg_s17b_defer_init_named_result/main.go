// A session store's constructor defers the method that makes its table, and returns the store by
// value. The result is named, so the bare return reads it only after the deferred init has run:
// the caller's copy holds a made table and Open writes into it safely.
package main

import (
	"fmt"
	"sort"
)

type Sessions struct {
	ttl  int
	open map[string]int
}

func (s *Sessions) init() {
	s.open = make(map[string]int)
}

func NewSessions(ttl int) (s Sessions) {
	s = Sessions{ttl: ttl}
	defer s.init()
	return
}

func (s *Sessions) Open(user string) {
	s.open[user] = s.ttl
}

func main() {
	store := NewSessions(900)
	for _, u := range []string{"ana", "li", "ola"} {
		store.Open(u)
	}
	users := make([]string, 0, len(store.open))
	for u := range store.open {
		users = append(users, u)
	}
	sort.Strings(users)
	fmt.Println(users)
}
