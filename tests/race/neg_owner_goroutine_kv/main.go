// A key-value store owned by one goroutine: clients send get and put requests over channels
// and only the owner touches the map.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	key, value string
	put        bool
	reply      chan string
}

type store struct {
	requests chan request
	data     map[string]string
}

func (s *store) serve() {
	for r := range s.requests {
		if r.put {
			s.data[r.key] = r.value
		}
		r.reply <- s.data[r.key]
	}
}

func (s *store) do(key, value string, put bool) string {
	reply := make(chan string)
	s.requests <- request{key: key, value: value, put: put, reply: reply}
	return <-reply
}

func main() {
	s := &store{requests: make(chan request), data: make(map[string]string)}
	var owner sync.WaitGroup
	owner.Go(s.serve)
	var clients sync.WaitGroup
	clients.Go(func() { s.do("user:1", "ada", true) })
	clients.Go(func() { s.do("user:2", "grace", true) })
	got := s.do("user:1", "", false)
	clients.Wait()
	close(s.requests)
	owner.Wait()
	fmt.Println(got == "" || got == "ada", len(s.data))
}
