// A deploy tool runs pre-flight checks in an errgroup under a deadline. When the operator aborts,
// the tool cancels the checks and waits for the group before it renders the status table, so every
// check has recorded its "canceled" state by the time the table is read. The near miss of
// pos_b15_errgroup_cancel_render_early.
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
	s.state[check] = state
	s.mu.Unlock()
}

func (s *Status) Render() string {
	var lines []string
	for name, st := range s.state {
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
	err := g.Wait()
	fmt.Println("aborted; status:")
	fmt.Println(st.Render())
	if err != nil {
		fmt.Println("pre-flight:", err)
	}
}
