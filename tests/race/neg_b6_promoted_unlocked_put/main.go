// A symbol index for a code-search service wraps an unlocked index type by embedding it next
// to a mutex; Put locks and calls the embedded put. The package importer and the editor
// goroutine both go through Put, so the promoted unlocked put only runs under the lock.
package main

import (
	"fmt"
	"sync"
)

type index struct {
	byName map[string]string // symbol -> file
}

func (ix *index) put(symbol, file string) {
	ix.byName[symbol] = file
}

func (ix *index) lookup(symbol string) string { return ix.byName[symbol] }

type SafeIndex struct {
	mu sync.Mutex
	index
}

func NewSafeIndex() *SafeIndex {
	return &SafeIndex{index: index{byName: make(map[string]string)}}
}

func (s *SafeIndex) Put(symbol, file string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.put(symbol, file)
}

func importPackage(s *SafeIndex, pkg string, symbols []string) {
	for _, sym := range symbols {
		s.Put(pkg+"."+sym, pkg+"/"+sym+".go")
	}
}

func main() {
	s := NewSafeIndex()
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		<-start
		importPackage(s, "strings", []string{"Cut", "Fields"})
	})
	wg.Go(func() {
		<-start
		s.Put("main.handler", "cmd/server/main.go")
	})
	close(start)
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Println(len(s.byName), s.lookup("strings.Cut"))
}
