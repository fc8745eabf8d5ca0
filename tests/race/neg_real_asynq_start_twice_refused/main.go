// Reduced from github.com/hibiken/asynq v0.26.0, heartbeat.go:135 (heartbeater.start), where
// mapscope check reported `h.workers` written by two instances of the heartbeater's goroutine
// (heartbeat.go:112), with server_test.go's TestServerErrServerRunning (or
// TestServerErrServerClosed): the test calls srv.Start twice on one server, but Start first asks
// srv.start(), which, under the state's mutex, refuses a server already active (or closed), so
// the second call returns an error before it starts anything. A near miss: a state field set
// under a mutex lets only one call through. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type serverState struct {
	mu     sync.Mutex
	active bool
}

type heartbeater struct {
	done     chan struct{}
	workers  map[string]int
	starting chan string
}

func (h *heartbeater) start(wg *sync.WaitGroup) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-h.done:
				return
			case id := <-h.starting:
				h.workers[id]++
			}
		}
	}()
}

type Server struct {
	state       *serverState
	heartbeater *heartbeater
	wg          sync.WaitGroup
}

func NewServer() *Server {
	hb := &heartbeater{done: make(chan struct{}), workers: map[string]int{}, starting: make(chan string)}
	return &Server{state: &serverState{}, heartbeater: hb}
}

func (srv *Server) start() error {
	srv.state.mu.Lock()
	defer srv.state.mu.Unlock()
	if srv.state.active {
		return errors.New("the server is already running")
	}
	srv.state.active = true
	return nil
}

func (srv *Server) Start() error {
	if err := srv.start(); err != nil {
		return err
	}
	srv.heartbeater.start(&srv.wg)
	return nil
}

func main() {
	srv := NewServer()
	fmt.Println(srv.Start())
	fmt.Println(srv.Start())
	srv.heartbeater.starting <- "w1"
	srv.heartbeater.starting <- "w2"
	close(srv.heartbeater.done)
	srv.wg.Wait()
	fmt.Println(len(srv.heartbeater.workers))
}
