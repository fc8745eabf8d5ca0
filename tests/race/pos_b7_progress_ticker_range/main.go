// A site crawler's workers record each fetched page's status under the crawler's mutex, while
// a progress reporter goroutine prints a summary on every tick. The reporter ranges over the
// status map without the mutex, since it "only reads".
package main

import (
	"fmt"
	"sync"
	"time"
)

type crawler struct {
	mu     sync.Mutex
	status map[string]int
}

func (c *crawler) record(url string, code int) {
	c.mu.Lock()
	c.status[url] = code // want "concurrent map write"
	c.mu.Unlock()
}

func (c *crawler) summary() string {
	ok, failed := 0, 0
	for _, code := range c.status { // other access
		if code < 400 {
			ok++
		} else {
			failed++
		}
	}
	return fmt.Sprintf("%d ok, %d failed", ok, failed)
}

func main() {
	c := &crawler{status: make(map[string]int)}
	stop := make(chan struct{})
	reported := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		first := true
		for {
			select {
			case <-tick.C:
				fmt.Println("progress:", c.summary())
				if first {
					close(reported)
					first = false
				}
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for i, url := range []string{"/", "/docs", "/blog", "/missing"} {
		wg.Go(func() {
			time.Sleep(time.Duration(i) * time.Millisecond)
			c.record(url, 200+200*(i/3))
		})
	}
	wg.Wait()
	<-reported
	close(stop)
	<-done
	fmt.Println("final:", c.summary())
}
