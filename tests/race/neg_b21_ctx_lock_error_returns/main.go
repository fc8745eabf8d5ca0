// A metadata store serialises its writers through a one-slot channel taken by a context-aware
// acquire. A request whose deadline has already passed fails to acquire while compaction
// holds the slot, logs the error and returns without storing.
package main

import (
	"context"
	"log"
	"os"
	"strconv"
	"sync"
)

var logger = log.New(os.Stderr, "store: ", 0)

type Store struct {
	slot chan struct{}
	meta map[string]string
}

func (s *Store) acquire(ctx context.Context) error {
	select {
	case s.slot <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Store) release() { <-s.slot }

// Compact holds the slot while it waits for the backend to take the compacted segment.
func (s *Store) Compact(holding chan<- struct{}, backend <-chan struct{}) {
	if err := s.acquire(context.Background()); err != nil {
		return
	}
	defer s.release()
	close(holding)
	s.meta["compacted"] = "segment-7"
	<-backend
}

func (s *Store) Put(ctx context.Context, key, value string) {
	if err := s.acquire(ctx); err != nil {
		logger.Printf("put %s: %v", key, err)
		return
	}
	defer s.release()
	s.meta[key] = value
}

func main() {
	s := &Store{slot: make(chan struct{}, 1), meta: make(map[string]string)}
	holding, backend := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { s.Compact(holding, backend) })
	<-holding

	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	s.Put(ctx, "owner", "team-storage")
	close(backend)
	wg.Wait()
	os.Stdout.WriteString("meta entries: " + strconv.Itoa(len(s.meta)) + "\n")
}
