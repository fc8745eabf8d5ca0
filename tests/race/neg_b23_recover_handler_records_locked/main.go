// A plugin host runs each plugin's Init in a goroutine with a deferred recover that records
// the panic in a failures map; the recover path takes the same mutex as the result store,
// so two plugins panicking at once record one after the other.
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
					mu.Lock()
					failures[p.name] = describe(r)
					mu.Unlock()
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
