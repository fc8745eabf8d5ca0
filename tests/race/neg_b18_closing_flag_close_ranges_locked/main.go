// A tunnel server admits a connection by checking an atomic closing flag and acknowledging it,
// then registers the session under the mutex; Close sets the flag and ranges over the sessions
// under the same mutex, so a connection admitted just before registers before or after it.
package main

import (
	"errors"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

type Session struct {
	ID string
}

type Server struct {
	closing  atomic.Bool
	mu       sync.Mutex
	sessions map[string]*Session
}

var errClosing = errors.New("server closing")

func (s *Server) admit(id string, ack chan<- string) error {
	if s.closing.Load() {
		ack <- "rejected"
		return errClosing
	}
	ack <- "welcome " + id
	s.mu.Lock()
	s.sessions[id] = &Session{ID: id}
	s.mu.Unlock()
	return nil
}

func (s *Server) Close() []string {
	s.closing.Store(true)
	s.mu.Lock()
	defer s.mu.Unlock()
	var closed []string
	for id := range s.sessions {
		closed = append(closed, id)
	}
	return closed
}

func main() {
	s := &Server{sessions: make(map[string]*Session)}
	ack := make(chan string, 1)
	var conns sync.WaitGroup
	conns.Go(func() { s.admit("c-1", ack) })
	greeting := <-ack
	closed := s.Close()
	conns.Wait()
	os.Stdout.WriteString(greeting + ", closed " + strconv.Itoa(len(closed)) + "\n")
}
