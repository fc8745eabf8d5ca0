// Reduced from rhysd/actionlint v1.7.12, reusable_workflow.go:194, where mapscope check reported
// LocalReusableWorkflowCache's write to `c.cache` (under its mutex), made by the goroutines that
// TestReusableWorkflowCacheFindMetadataConcurrently starts (reusable_workflow_test.go:788), as
// racing with the test's `len(c.cache)` (:819). Each of the n goroutines sends exactly once,
// its metadata on `ret` or its error on `err`, after its lookup, and the test then runs a
// select over both channels n times before it reads: every goroutine has written by then. A
// near miss: the fan-in counts as many trips as the loop that started the goroutines, but
// receives in a select over two channels, one per outcome. (The test also reads in the function
// that starts the goroutines, as neg_real_actionlint_rules_registered_counted does; here the
// fan-in is a helper's.) Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type metadata struct{ inputs []string }

type workflowCache struct {
	mu    sync.Mutex
	cache map[string]*metadata
}

func (c *workflowCache) findMetadata(spec string) (*metadata, error) {
	if !strings.HasPrefix(spec, "./") {
		return nil, errors.New("not a local reusable workflow: " + spec)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.cache[spec]; ok {
		return m, nil
	}
	m := &metadata{inputs: []string{"name", "version"}}
	c.cache[spec] = m
	return m, nil
}

// findConcurrently looks spec up from n goroutines and collects what each found or the error.
func findConcurrently(c *workflowCache, spec string, n int) ([]*metadata, []error) {
	ret := make(chan *metadata)
	errc := make(chan error)
	for i := 0; i < n; i++ {
		go func() {
			m, err := c.findMetadata(spec)
			if err != nil {
				errc <- err
				return
			}
			ret <- m
		}()
	}
	found, errs := []*metadata{}, []error{}
	for i := 0; i < n; i++ {
		select {
		case m := <-ret:
			found = append(found, m)
		case err := <-errc:
			errs = append(errs, err)
		}
	}
	return found, errs
}

func main() {
	c := &workflowCache{cache: map[string]*metadata{}}
	found, errs := findConcurrently(c, "./ok.yaml", 4)
	fmt.Println(len(found), len(errs), len(c.cache), "cached")
}
