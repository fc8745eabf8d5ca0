// A token cache issues its tokens first and only then schedules a report with time.AfterFunc:
// the call to AfterFunc happens before the callback, which only reads.
package main

import (
	"fmt"
	"sync"
	"time"
)

type tokens struct {
	issued   map[string]string
	reported sync.WaitGroup
	count    int
}

func (t *tokens) report() {
	defer t.reported.Done()
	t.count = len(t.issued)
	for tok := range t.issued {
		_ = tok
	}
}

func (t *tokens) issue(user string) string {
	tok := fmt.Sprintf("tok-%s-%d", user, len(user))
	t.issued[tok] = user
	return tok
}

func main() {
	t := &tokens{issued: make(map[string]string)}
	t.issue("ada")
	t.issue("grace")
	t.reported.Add(1)
	time.AfterFunc(time.Millisecond, t.report)
	t.reported.Wait()
	fmt.Println(t.count)
}
