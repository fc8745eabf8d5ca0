// A key-value store owned by one goroutine behind channels, except for a Len method added for
// a health check, which reads the owner's map directly from the caller's goroutine.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	key, value string
	reply      chan string
}

type store struct {
	requests chan request
	data     map[string]string
}

func (s *store) serve() {
	for r := range s.requests {
		s.data[r.key] = r.value // want "concurrent map write"
		r.reply <- r.value
	}
}

func (s *store) put(key, value string) {
	reply := make(chan string)
	s.requests <- request{key: key, value: value, reply: reply}
	<-reply
}

func (s *store) healthy() bool {
	return len(s.data) >= 0 // other access
}

func main() {
	s := &store{requests: make(chan request), data: make(map[string]string)}
	var owner sync.WaitGroup
	owner.Go(s.serve)
	var clients sync.WaitGroup
	clients.Go(func() { s.put("user:1", "ada") })
	ok := s.healthy()
	clients.Wait()
	close(s.requests)
	owner.Wait()
	fmt.Println(ok)
}
