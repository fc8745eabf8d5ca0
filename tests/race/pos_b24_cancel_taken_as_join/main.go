// A supervisor registers its pollers in a map and each poller deregisters itself, under
// the supervisor's mutex, when its context ends. Shutdown cancels the context and at once
// lists the pollers still registered, unlocked, as if cancel had waited for them to exit.
package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"sync"
)

type supervisor struct {
	mu      sync.Mutex
	pollers map[string]string
	wg      sync.WaitGroup
}

func (s *supervisor) start(ctx context.Context, name, target string) {
	s.mu.Lock()
	s.pollers[name] = target
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer func() {
			s.mu.Lock()
			delete(s.pollers, name) // want "concurrent map write"
			s.mu.Unlock()
		}()
		<-ctx.Done()
	}()
}

func (s *supervisor) shutdown(cancel context.CancelFunc) []string {
	cancel()
	var left []string
	for name := range s.pollers { // other access
		left = append(left, name)
	}
	sort.Strings(left)
	return left
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	s := &supervisor{pollers: make(map[string]string)}
	s.start(ctx, "disk", "/var/lib/app")
	s.start(ctx, "http", "https://status.example.com")
	s.start(ctx, "queue", "amqp://broker/jobs")

	left := s.shutdown(cancel)
	s.wg.Wait()
	fmt.Fprintln(os.Stdout, "still registered at shutdown:", left)
}
