// A sync client stages changes in a map its constructor makes; a failed push's deferred
// cleanup discards the staged changes by making a new map, so the retry loop's next attempt
// stages into a fresh map.
package main

import (
	"errors"
	"fmt"
)

var errTransient = errors.New("remote: 503 service unavailable")

type flakyRemote struct {
	failures int
	stored   map[string]int
}

func (r *flakyRemote) send(changes map[string]int) error {
	if r.failures > 0 {
		r.failures--
		return errTransient
	}
	for k, v := range changes {
		r.stored[k] = v
	}
	return nil
}

type syncer struct {
	staged map[string]int
	remote *flakyRemote
}

func newSyncer(remote *flakyRemote) *syncer {
	return &syncer{staged: make(map[string]int), remote: remote}
}

func (s *syncer) push(changes map[string]int) (err error) {
	defer func() {
		if err != nil {
			s.staged = make(map[string]int) // drop the half-sent batch
		}
	}()
	for k, v := range changes {
		s.staged[k] = v
	}
	return s.remote.send(s.staged)
}

func (s *syncer) pushWithRetry(changes map[string]int) error {
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		err = s.push(changes)
		if err == nil || !errors.Is(err, errTransient) {
			return err
		}
		fmt.Printf("attempt %d: %v, retrying\n", attempt, err)
	}
	return fmt.Errorf("giving up: %w", err)
}

func main() {
	remote := &flakyRemote{failures: 1, stored: make(map[string]int)}
	s := newSyncer(remote)
	if err := s.pushWithRetry(map[string]int{"cart:41": 2, "cart:42": 1}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("stored", len(remote.stored), "changes")
}
