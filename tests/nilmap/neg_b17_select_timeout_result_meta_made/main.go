// A health prober asks each backend in its own goroutine and selects on the answer or the
// probe's timeout; the timeout branch returns a Result literal with a metadata map of its own,
// and the caller stamps every result with the probe round.
package main

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

type Result struct {
	Backend string
	Healthy bool
	Meta    map[string]string
}

type backend func() Result

func probe(ctx context.Context, name string, check backend) Result {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	answer := make(chan Result, 1)
	go func() { answer <- check() }()
	select {
	case r := <-answer:
		return r
	case <-ctx.Done():
		return Result{Backend: name, Meta: map[string]string{"error": "timeout"}}
	}
}

func healthy(name string) backend {
	return func() Result {
		return Result{Backend: name, Healthy: true, Meta: map[string]string{"version": "1.4.2"}}
	}
}

func main() {
	hang := make(chan struct{})
	defer close(hang)
	backends := []struct {
		name  string
		check backend
	}{
		{"api-1", healthy("api-1")},
		{"api-2", healthy("api-2")},
		{"api-3", func() Result { <-hang; return Result{} }},
	}
	for round := 1; round <= 2; round++ {
		for _, b := range backends {
			r := probe(context.Background(), b.name, b.check)
			r.Meta["round"] = strconv.Itoa(round)
			fmt.Println(r.Backend, r.Healthy, r.Meta["version"], r.Meta["round"])
		}
	}
}
