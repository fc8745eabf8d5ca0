// A deploy tool rolls a release out to regions with errgroup.WithContext. When one region
// fails, the context is cancelled and the other regions record under the mutex that they rolled
// back; the tool prints its status table, unlocked, only after Wait has seen every region return.
package main

import (
	"context"
	"errors"
	"os"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Rollout struct {
	mu     sync.Mutex
	status map[string]string
}

func (r *Rollout) set(region, st string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.status[region] = st
}

func (r *Rollout) deploy(ctx context.Context, region string) error {
	if region == "ap-south" {
		r.set(region, "failed: health check")
		return errors.New("ap-south: health check failed")
	}
	// The other regions hold at their canary step until told to go on or to roll back.
	<-ctx.Done()
	r.set(region, "rolled back")
	return nil
}

// table is meant for the end of the rollout, when no region writes any more.
func (r *Rollout) table() string {
	var rows []string
	for region, st := range r.status {
		rows = append(rows, region+"\t"+st)
	}
	sort.Strings(rows)
	return strings.Join(rows, "\n") + "\n"
}

func main() {
	r := &Rollout{status: make(map[string]string)}
	g, ctx := errgroup.WithContext(context.Background())
	for _, region := range []string{"eu-west", "us-east", "ap-south"} {
		g.Go(func() error { return r.deploy(ctx, region) })
	}

	err := g.Wait()
	os.Stdout.WriteString(r.table())
	if err != nil {
		os.Stdout.WriteString("rollout aborted: " + err.Error() + "\n")
	}
}
