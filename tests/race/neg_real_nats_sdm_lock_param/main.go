// Reduced from nats-io/nats-server v2.15.3, server/filestore.go:7555 and server/sdm.go:61
// (fileStore.expireMsgs, a time.AfterFunc callback) and server/memstore.go:1514, where mapscope
// check reported a race with no lock held: the callback takes the store's lock, calls a loader
// with needLock=false (the loader takes the read lock itself only when asked, `if needLock
// {RLock}` ... `if needLock {RUnlock}`), then writes the pending map in a helper that expects
// the lock held. The lock is held throughout; a near miss. This program is our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type store struct {
	mu      sync.RWMutex
	msgs    map[uint64]string
	pending map[uint64]int64
	expired []uint64
	done    chan struct{}
}

func (s *store) loadMsg(seq uint64, needLock bool) (string, bool) {
	if needLock {
		s.mu.RLock()
	}
	subj, ok := s.msgs[seq]
	if needLock {
		s.mu.RUnlock()
	}
	return subj, ok
}

// Lock should be held.
func (s *store) trackLocked(seq uint64) bool {
	if _, ok := s.pending[seq]; ok {
		return false
	}
	s.pending[seq] = time.Now().UnixNano()
	return true
}

func (s *store) track(seq uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.trackLocked(seq)
}

func (s *store) expireMsgs() {
	defer close(s.done)
	for _, seq := range s.expired {
		s.mu.Lock()
		if _, ok := s.loadMsg(seq, false); !ok {
			s.mu.Unlock()
			continue
		}
		s.trackLocked(seq)
		s.mu.Unlock()
	}
}

func main() {
	s := &store{
		msgs:    map[uint64]string{1: "orders.new", 2: "orders.paid"},
		pending: make(map[uint64]int64),
		expired: []uint64{1, 2, 3},
		done:    make(chan struct{}),
	}
	time.AfterFunc(time.Millisecond, s.expireMsgs)
	s.track(2)
	s.track(4)
	<-s.done
	fmt.Println(len(s.pending))
}
