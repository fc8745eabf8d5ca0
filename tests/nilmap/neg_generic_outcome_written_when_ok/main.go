// A job runner wraps each step in a generic Outcome[T]; a failed step gives an Outcome whose
// Value is T's zero, a nil map, beside a wrapped error, and the caller adds its marker only
// when Err is nil, so the marker always goes into a map the step returned.
package main

import (
	"errors"
	"fmt"
)

type Outcome[T any] struct {
	Value T
	Err   error
}

func Run[T any](step func() (T, error)) Outcome[T] {
	v, err := step()
	if err != nil {
		return Outcome[T]{Err: fmt.Errorf("step: %w", err)}
	}
	return Outcome[T]{Value: v}
}

var errOffline = errors.New("offline")

func fetchCounters(host string) (map[string]int, error) {
	if host == "db-2" {
		return nil, errOffline
	}
	return map[string]int{"conns": len(host)}, nil
}

func main() {
	for _, host := range []string{"db-1", "db-2"} {
		out := Run(func() (map[string]int, error) { return fetchCounters(host) })
		if out.Err == nil {
			out.Value["scraped"] = 1
		}
		fmt.Println(host, out.Value, out.Err)
	}
}
