// A search service builds its term index with retries. The offline mode asks for zero
// attempts, meaning "do not touch the backend", but the retry loop then never runs, the index
// stays nil with no error, and pinning a term writes into the nil map.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type source struct {
	docs     []string
	failures int
}

func (s *source) fetch() ([]string, error) {
	if s.failures > 0 {
		s.failures--
		return nil, errors.New("backend unavailable")
	}
	return s.docs, nil
}

func build(src *source) (map[string][]int, error) {
	docs, err := src.fetch()
	if err != nil {
		return nil, err
	}
	idx := make(map[string][]int)
	for i, doc := range docs {
		for _, word := range strings.Fields(strings.ToLower(doc)) {
			idx[word] = append(idx[word], i)
		}
	}
	return idx, nil
}

var logger = log.New(os.Stderr, "index: ", 0)

func loadIndex(src *source, attempts int) (map[string][]int, error) {
	var idx map[string][]int
	var lastErr error
	for attempt := 1; attempt <= attempts; attempt++ {
		var err error
		idx, err = build(src)
		if err != nil {
			logger.Printf("attempt %d: %v", attempt, err)
			lastErr = err
			continue
		}
		logger.Printf("attempt %d: %d terms", attempt, len(idx))
		lastErr = nil
		break
	}
	if lastErr != nil {
		return nil, lastErr
	}
	return idx, nil
}

func main() {
	src := &source{docs: []string{"Go maps are hash tables", "nil maps panic on write"}, failures: 1}
	attempts := 3
	if len(os.Args) < 2 {
		// Offline by default: no backend round trips.
		attempts = 0
	}
	idx, err := loadIndex(src, attempts)
	if err != nil {
		fmt.Println("search disabled:", err)
		return
	}
	idx["release-notes"] = append(idx["release-notes"], 0) // want "nil map"
	fmt.Println("maps:", idx["maps"], "pinned:", idx["release-notes"])
}
