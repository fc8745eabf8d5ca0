// Reduced from caddyserver/caddy v2.11.9, listen_unix_test.go:334 (the reuse test around
// listen_unix.go:70), where mapscope check took the listening goroutine for "more than one
// instance at a time": each of the test's 20 iterations starts a closing goroutine and a
// listening goroutine that `defer wg.Done()`, and waits for both before the next iteration.
// A near miss: an instance has ended before the next one starts, so the listener map is never
// touched by two instances at once. Here the map is written without any lock, so only the
// order (wg.Wait in the same iteration) keeps it safe. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type listener struct {
	key    string
	closed bool
}

// listeners counts the users of each socket; the test's goroutines open and close them.
var listeners = map[string]int{}

func listen(key string) *listener {
	listeners[key]++
	return &listener{key: key}
}

func (ln *listener) Close() {
	ln.closed = true
}

func main() {
	ln := listen("/run/caddy.sock")
	for i := 0; i < 20; i++ {
		var wg sync.WaitGroup
		wg.Add(2)
		var next *listener
		go func() {
			defer wg.Done()
			ln.Close()
		}()
		go func() {
			defer wg.Done()
			next = listen("/run/caddy.sock")
		}()
		wg.Wait()
		if !ln.closed {
			fmt.Println("iteration", i, "did not close the old listener")
		}
		ln = next
	}
	fmt.Println(listeners["/run/caddy.sock"])
}
