// Reduced from golang.org/x/tools/gopls v0.23.0, internal/server/diagnostics.go:517, where
// mapscope check reported `analysisDiags[uri] = newDiags` in the goroutine diagnose starts with
// WaitGroup.Go (:501) as racing with the `range analysisDiags` of the same statement (:511), in
// another instance of that goroutine. analysisDiags is a local of diagnose that the goroutine
// captures, fills with the map golang.Analyze makes (moremaps.Group) and then filters in place;
// diagnose waits for it before reading the variable. Two goroutines do call diagnose at once
// (diagnoseChangedViews runs one per view, and runVulncheck diagnoses its new snapshot from a
// command's goroutine), but each call has its own variable, its own goroutine and its own map.
// A near miss: a function, called from two different goroutines, whose WaitGroup.Go closure
// stores a map it makes in a captured local and then ranges over and writes that map. Our own
// rewrite.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type diagnostic struct {
	uri  string
	hint bool
}

type diagMap = map[string][]*diagnostic

func group[K comparable, V any](values []V, key func(V) K) map[K][]V {
	m := make(map[K][]V)
	for _, v := range values {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

func byURI(d *diagnostic) string { return d.uri }

func analyze(files []string) (map[string][]*diagnostic, error) {
	var diags []*diagnostic
	for i, f := range files {
		diags = append(diags, &diagnostic{uri: f, hint: i%2 == 0})
	}
	return group(diags, byURI), nil
}

type server struct {
	mu        sync.Mutex
	published map[string]int
}

func (s *server) diagnose(files []string) diagMap {
	var wg sync.WaitGroup
	var pkgDiags, analysisDiags diagMap
	wg.Go(func() {
		pkgDiags = group(nil, byURI)
	})
	wg.Go(func() {
		analysisDiags, _ = analyze(files)
		for uri, diags := range analysisDiags {
			if !strings.HasSuffix(uri, ".go") {
				continue
			}
			kept := diags[:0]
			for _, d := range diags {
				if !d.hint {
					kept = append(kept, d)
				}
			}
			if len(kept) == 0 {
				delete(analysisDiags, uri)
			} else {
				analysisDiags[uri] = kept
			}
		}
	})
	wg.Wait()
	combined := make(diagMap)
	for uri, d := range analysisDiags {
		combined[uri] = append(pkgDiags[uri], d...)
	}
	return combined
}

func (s *server) diagnoseSnapshot(files []string) {
	diags := s.diagnose(files)
	s.mu.Lock()
	for uri, d := range diags {
		s.published[uri] = len(d)
	}
	s.mu.Unlock()
}

// diagnoseChangedViews diagnoses every changed view in a goroutine of its own.
func (s *server) diagnoseChangedViews(views [][]string) {
	var wg sync.WaitGroup
	for _, files := range views {
		wg.Add(1)
		go func(files []string) {
			defer wg.Done()
			s.diagnoseSnapshot(files)
		}(files)
	}
	wg.Wait()
}

// runVulncheck is a command that diagnoses its view again once the scan is done.
func (s *server) runVulncheck(files []string) {
	s.diagnoseSnapshot(files)
}

func main() {
	s := &server{published: make(map[string]int)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.runVulncheck([]string{"v.go", "w.go"})
	}()
	s.diagnoseChangedViews([][]string{{"a.go", "b.go"}, {"c.go", "d.go"}})
	<-done
	fmt.Println(len(s.published))
}
