// An event collector fills missing labels from defaults that it learns lazily: the first event
// to arrive seeds them, once, through sync.Once. The Once stores a copy of the first event's
// labels as the defaults, so handlers keep writing only their own event's map while the
// defaults are only read after the Once.
package main

import (
	"fmt"
	"maps"
	"sort"
	"strings"
	"sync"
)

type collector struct {
	node     string
	once     sync.Once
	defaults map[string]string
}

func (c *collector) handle(labels map[string]string) string {
	c.once.Do(func() { c.defaults = maps.Clone(labels) })
	labels["received_by"] = c.node
	for k, v := range c.defaults {
		if _, ok := labels[k]; !ok {
			labels[k] = v
		}
	}
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s ", k, labels[k])
	}
	return b.String()
}

func main() {
	c := &collector{node: "collector-2"}
	events := []map[string]string{
		{"region": "eu-west-1", "env": "prod", "service": "checkout"},
		{"service": "search", "env": "prod"},
	}
	out := make([]string, len(events))
	var wg sync.WaitGroup
	for i, labels := range events {
		wg.Go(func() { out[i] = c.handle(labels) })
	}
	wg.Wait()
	for _, line := range out {
		fmt.Println(line)
	}
}
