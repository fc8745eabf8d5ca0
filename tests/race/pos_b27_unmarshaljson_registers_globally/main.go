// A plugin host loads one JSON manifest per plugin, and Plugin.UnmarshalJSON registers every
// decoded plugin in the package-level registry map as a side effect. The host decodes the
// manifests in parallel (one in a goroutine, one in main), so json.Unmarshal runs the method in
// two goroutines that write the registry at once.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

type Plugin struct {
	Name    string   `json:"name"`
	Version string   `json:"version"`
	Hooks   []string `json:"hooks"`
}

var registry = make(map[string]*Plugin)

func (p *Plugin) UnmarshalJSON(b []byte) error {
	type plain Plugin // no methods, so no recursion
	var v plain
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*p = Plugin(v)
	registry[p.Name] = p // want "concurrent map write"
	return nil
}

func load(manifest string) error {
	var p Plugin
	if err := json.Unmarshal([]byte(manifest), &p); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return nil
}

func main() {
	manifests := []string{
		`{"name": "s3-sink", "version": "1.4.0", "hooks": ["flush", "rotate"]}`,
		`{"name": "audit-log", "version": "0.9.2", "hooks": ["request"]}`,
	}
	shutdown := make(chan struct{})
	var wg sync.WaitGroup
	var firstErr error
	wg.Go(func() {
		firstErr = load(manifests[0])
		<-shutdown // the loader goroutine serves reloads until shutdown
	})
	err := load(manifests[1])
	close(shutdown)
	wg.Wait()
	names := make([]string, 0, len(registry))
	for name, p := range registry {
		names = append(names, name+"@"+p.Version)
	}
	sort.Strings(names)
	fmt.Println(names, firstErr, err)
}
