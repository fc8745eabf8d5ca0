// Reduced from github.com/go-kit/kit v0.13.0, metrics/cloudwatch/cloudwatch_test.go:46, where
// mapscope check reported the mock's map written by Send's goroutines while the test reads it
// after Send, without the mock's lock: Send starts one goroutine per batch, each sends its error once on a channel made
// with one slot per batch, and Send receives `cap(errors)` times before it returns, so every
// goroutine has written before the test reads. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type putter interface {
	put(name string, value float64) error
}

type mockCloudWatch struct {
	mtx    sync.Mutex
	values map[string][]float64
}

func (m *mockCloudWatch) put(name string, value float64) error {
	m.mtx.Lock()
	defer m.mtx.Unlock()
	m.values[name] = append(m.values[name], value)
	return nil
}

type sender struct {
	svc putter
	sem chan struct{}
}

func (s *sender) send(batches []string) error {
	errors := make(chan error, len(batches))
	for _, batch := range batches {
		go func(batch string) {
			s.sem <- struct{}{}
			defer func() { <-s.sem }()
			errors <- s.svc.put(batch, 1)
		}(batch)
	}
	var firstErr error
	for i := 0; i < cap(errors); i++ {
		if err := <-errors; err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

func main() {
	svc := &mockCloudWatch{values: map[string][]float64{}}
	s := &sender{svc: svc, sem: make(chan struct{}, 1)}
	if err := s.send([]string{"requests", "errors"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(svc.values["requests"]), len(svc.values["errors"]))
}
