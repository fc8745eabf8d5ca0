// A token cache schedules its own cleanup with time.AfterFunc and a method value; the cleanup
// clears the map in the timer's goroutine while the cache keeps issuing tokens.
package main

import (
	"fmt"
	"sync"
	"time"
)

type tokens struct {
	issued  map[string]string
	cleaned sync.WaitGroup
}

func (t *tokens) purge() {
	defer t.cleaned.Done()
	clear(t.issued) // want "concurrent map write"
}

func (t *tokens) issue(user string) string {
	tok := fmt.Sprintf("tok-%s-%d", user, len(user))
	t.issued[tok] = user // other access
	return tok
}

func main() {
	t := &tokens{issued: make(map[string]string)}
	t.cleaned.Add(1)
	time.AfterFunc(time.Millisecond, t.purge)
	t.issue("ada")
	t.cleaned.Wait()
	fmt.Println(len(t.issued) <= 1)
}
