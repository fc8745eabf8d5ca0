// A plugin host runs each plugin's Init in a goroutine with a deferred recover that records
// the panic in a failures map. Results are stored under the mutex, but the recover path,
// written as a last resort, stores without it, and two plugins panic at once.
package main

import (
	"errors"
	"os"
	"sort"
	"strings"
	"sync"
)

type plugin struct {
	name string
	init func() string
}

func describe(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	default:
		return "unknown panic"
	}
}

func main() {
	plugins := []plugin{
		{"auth", func() string { return "ok" }},
		{"geoip", func() string { panic(errors.New("database file missing")) }},
		{"metrics", func() string { return "ok" }},
		{"legacy-sso", func() string { panic("nil provider") }},
	}
	var mu sync.Mutex
	results := make(map[string]string)
	failures := make(map[string]string)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, p := range plugins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					failures[p.name] = describe(r) // want "concurrent map write"
				}
			}()
			<-start
			status := p.init()
			mu.Lock()
			results[p.name] = status
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()

	var lines []string
	for name, why := range failures {
		lines = append(lines, name+": "+why)
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, "\n") + "\n")
}
