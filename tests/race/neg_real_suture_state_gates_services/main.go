// Reduced from thejerf/suture v4.0.6, supervisor.go:368, :369 and :581, where mapscope check
// reported the supervisor's goroutine (ServeBackground, supervisor.go:296, and a test's
// `go s.Serve(ctx)`) writing `s.services`, `s.cancellations` and `s.servicesShuttingDown`
// without a lock while Add (:276) or a second Serve (:543, :616) wrote them. Add writes the
// maps directly only while the state, read under the supervisor's mutex, is notRunning;
// otherwise it sends the service to the running loop. Serve checks and sets the state in one
// critical section and panics when it is already running, so exactly one Serve goes on to
// the unlocked loop, and only after no Add can take the direct path. A near miss: the state
// under the mutex hands the maps to one goroutine. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

const (
	notRunning = iota
	running
	terminated
)

type addService struct {
	name     string
	response chan int
}

type supervisor struct {
	m        sync.Mutex
	state    int
	counter  int
	services map[int]string
	control  chan addService
	ping     chan struct{}
	stop     chan struct{}
}

func newSupervisor() *supervisor {
	return &supervisor{services: map[int]string{}, control: make(chan addService), ping: make(chan struct{}), stop: make(chan struct{})}
}

func (s *supervisor) add(name string) int {
	s.m.Lock()
	if s.state == notRunning {
		id := s.counter
		s.counter++
		s.services[id] = name
		s.m.Unlock()
		return id
	}
	s.m.Unlock()
	response := make(chan int)
	s.control <- addService{name, response}
	return <-response
}

func (s *supervisor) serve() (err error) {
	s.m.Lock()
	if s.state == running {
		s.m.Unlock()
		panic("serve called on a running supervisor")
	}
	s.state = running
	s.m.Unlock()
	defer func() {
		s.m.Lock()
		s.state = terminated
		s.m.Unlock()
	}()
	for {
		select {
		case msg := <-s.control:
			id := s.counter
			s.counter++
			s.services[id] = msg.name
			msg.response <- id
		case <-s.ping:
		case <-s.stop:
			for id := range s.services {
				delete(s.services, id)
			}
			return nil
		}
	}
}

// panics reports whether f panicked.
func panics(f func() error) (did bool) {
	defer func() { did = recover() != nil }()
	_ = f()
	return false
}

func main() {
	s := newSupervisor()
	s.add("first")
	done := make(chan error, 1)
	go func() { done <- s.serve() }()
	id := s.add("second") // through the loop once it runs, or directly before
	s.ping <- struct{}{}  // the loop runs: the state says so
	fmt.Println("second got", id)
	fmt.Println("second serve panicked:", panics(s.serve))
	close(s.stop)
	fmt.Println(<-done)
}
