// Near miss of pos_b10_errgroup_ctx_watcher_clear: the watcher still clears the in-flight table
// when the errgroup's context is cancelled (which Wait also does), but the caller waits for the
// watcher to finish before it lists what is left, so the clear is ordered before the listing.
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
		clear(u.inflight)
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
	<-watcherDone
	left := u.leftovers()
	fmt.Println("err:", err, "left in flight:", left)
}
