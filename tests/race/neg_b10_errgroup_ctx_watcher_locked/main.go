// A backup uploader tracks in-flight uploads in a map under a mutex. A watcher goroutine clears
// the table when the errgroup's context is cancelled, written for the abort path. errgroup also
// cancels that context when Wait returns, so the watcher runs while the caller lists what is left
// in the table; both take the mutex.
package main

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Uploader struct {
	mu       sync.Mutex
	inflight map[string]int // file -> bytes sent so far
}

func (u *Uploader) begin(file string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.inflight[file] = 0
}

func (u *Uploader) end(file string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	delete(u.inflight, file)
}

func (u *Uploader) leftovers() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	var out []string
	for f, n := range u.inflight {
		out = append(out, f+"@"+strconv.Itoa(n))
	}
	return out
}

func upload(file string) error {
	if file == "" {
		return fmt.Errorf("empty file name")
	}
	return nil
}

func main() {
	u := &Uploader{inflight: make(map[string]int)}
	g, ctx := errgroup.WithContext(context.Background())
	watcherDone := make(chan struct{})
	go func() {
		defer close(watcherDone)
		<-ctx.Done()
		u.mu.Lock()
		clear(u.inflight)
		u.mu.Unlock()

	}()
	for _, f := range []string{"db.dump", "media.tar", "config.json"} {
		g.Go(func() error {
			u.begin(f)
			if err := upload(f); err != nil {
				return err
			}
			u.end(f)
			return nil
		})
	}
	err := g.Wait()
	left := u.leftovers()
	<-watcherDone
	fmt.Println("err:", err, "left in flight:", left)
}
