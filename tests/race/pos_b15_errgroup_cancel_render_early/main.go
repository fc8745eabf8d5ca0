// A deploy tool runs pre-flight checks in an errgroup under a deadline. When the operator aborts,
// the tool cancels the checks and renders the status table right away, before g.Wait, to answer
// quickly; the checks, woken by the cancellation, are still recording "canceled" into the table
// (under the table's mutex, which the renderer does not take).
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Status struct {
	mu    sync.Mutex
	state map[string]string
}

func (s *Status) Set(check, state string) {
	s.mu.Lock()
	s.state[check] = state // want "concurrent map write"
	s.mu.Unlock()
}

func (s *Status) Render() string {
	var lines []string
	for name, st := range s.state { // other access
		lines = append(lines, name+": "+st)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// probe stands in for a check against a remote system that never answers in time.
func probe(ctx context.Context, name string) error {
	<-ctx.Done()
	return ctx.Err()
}

func main() {
	ctx, abort := context.WithCancel(context.Background())
	g, gctx := errgroup.WithContext(ctx)
	st := &Status{state: make(map[string]string)}
	checks := []string{"db-migrations", "disk-space", "registry-auth"}

	var started sync.WaitGroup
	started.Add(len(checks))
	for _, name := range checks {
		g.Go(func() error {
			started.Done()
			err := probe(gctx, name)
			state := "ok"
			if err != nil {
				state = "canceled"
			}
			st.Set(name, state)
			return err
		})
	}

	started.Wait()
	abort()
	fmt.Println("aborted; status so far:")
	fmt.Println(st.Render())
	if err := g.Wait(); err != nil {
		fmt.Println("pre-flight:", err)
	}
}
