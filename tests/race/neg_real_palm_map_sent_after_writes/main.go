// Reduced from github.com/Workiva/go-datastructures v1.1.7, btree/palm/tree.go:191
// (fetchKeys), where mapscope check reported the write to `writeOperations` by the calling
// goroutine racing with the same write in the goroutine of tree_test.go:338 (TestInsertAndDelete,
// an Insert beside a Delete). Each call of fetchKeys makes its own map, fills it, and only then
// hands it, on `mpChannel`, to the disposer goroutine (tree.go:481, :231). A near miss: a map
// made by every call and sent on a channel after the caller's last write is that call's own
// until the send; two callers never share one. (Here the disposer only counts the maps; with
// it ranging over them, as the module's does, the analyzer pairs that read with the write too.)
// Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type tree struct {
	mpChannel chan map[int][]string
	disposed  sync.WaitGroup
	mu        sync.Mutex
	cleaned   int
}

func newTree() *tree {
	t := &tree{mpChannel: make(chan map[int][]string, 16)}
	t.disposed.Add(1)
	go t.disposer()
	return t
}

func (t *tree) disposer() {
	defer t.disposed.Done()
	for mp := range t.mpChannel {
		n := 0
		if mp != nil {
			n = 1
		}
		t.mu.Lock()
		t.cleaned += n
		t.mu.Unlock()
	}
}

func (t *tree) fetchKeys(keys []string) map[int][]string {
	writeOperations := make(map[int][]string)
	for i, k := range keys {
		writeOperations[i%4] = append(writeOperations[i%4], k)
	}
	return writeOperations
}

func (t *tree) Insert(keys ...string) {
	adds := t.fetchKeys(keys)
	t.mpChannel <- adds
}

func main() {
	t := newTree()
	t.Insert("a", "b", "c")
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		t.Insert("d", "e")
	}()
	go func() {
		defer wg.Done()
		t.Insert("f")
	}()
	t.Insert("g", "h")
	wg.Wait()
	close(t.mpChannel)
	t.disposed.Wait()
	fmt.Println(t.cleaned)
}
