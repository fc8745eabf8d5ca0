// A generic retry queue keyed by job ID: each job is retried in its own goroutine, and when
// it runs out of attempts the queue calls Options.OnGiveUp from that goroutine. The caller's
// OnGiveUp files the job into a dead-letter map, so two jobs giving up at once race.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Options[K comparable] struct {
	Attempts int
	OnGiveUp func(id K, err error)
}

type RetryQueue[K comparable] struct {
	opts Options[K]
	wg   sync.WaitGroup
}

func NewRetryQueue[K comparable](opts Options[K]) *RetryQueue[K] {
	if opts.Attempts <= 0 {
		opts.Attempts = 3
	}
	if opts.OnGiveUp == nil {
		opts.OnGiveUp = func(K, error) {}
	}
	return &RetryQueue[K]{opts: opts}
}

func (q *RetryQueue[K]) Submit(id K, op func(id K, attempt int) error) {
	q.wg.Go(func() {
		var err error
		for attempt := 1; attempt <= q.opts.Attempts; attempt++ {
			if err = op(id, attempt); err == nil {
				return
			}
		}
		q.giveUp(id, err)
	})
}

func (q *RetryQueue[K]) giveUp(id K, err error) {
	q.opts.OnGiveUp(id, err)
}

func (q *RetryQueue[K]) Wait() { q.wg.Wait() }

var errUnavailable = errors.New("smtp: 421 service not available")

func main() {
	deadLetters := map[string]string{}
	q := NewRetryQueue(Options[string]{
		Attempts: 2,
		OnGiveUp: func(id string, err error) {
			deadLetters[id] = err.Error() // want "concurrent map write"
		},
	})
	var lastTry sync.WaitGroup
	lastTry.Add(2)
	send := func(id string, attempt int) error {
		if attempt == 2 {
			lastTry.Done()
			lastTry.Wait()
		}
		return errUnavailable
	}
	q.Submit("mail-17", send)
	q.Submit("mail-18", send)
	q.Wait()
	fmt.Println(len(deadLetters), deadLetters["mail-17"])
}
