// Reduced from vitess v0.24.4, go/vt/discovery/topology_watcher_test.go:646, where mapscope
// check reported a nil-map write to `tabletWithNewPort.PortMap` after `tablet.CloneVT()`. The
// generated CloneVT copies PortMap only when the source's is not nil (and returns nil for a
// nil receiver); the test's tablet is a composite literal whose PortMap is a one-entry map,
// so the clone gets a map of its own. A near miss: the clone's map is made because the source
// literal has one. Our own rewrite.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type alias struct {
	cell string
	uid  uint32
}

type tablet struct {
	alias    *alias
	hostname string
	portMap  map[string]int32
	tags     map[string]string
}

func (a *alias) clone() *alias {
	if a == nil {
		return nil
	}
	c := *a
	return &c
}

func (m *tablet) clone() *tablet {
	if m == nil {
		return nil
	}
	r := new(tablet)
	r.alias = m.alias.clone()
	r.hostname = m.hostname
	if rhs := m.portMap; rhs != nil {
		tmp := make(map[string]int32, len(rhs))
		for k, v := range rhs {
			tmp[k] = v
		}
		r.portMap = tmp
	}
	if rhs := m.tags; rhs != nil {
		tmp := make(map[string]string, len(rhs))
		for k, v := range rhs {
			tmp[k] = v
		}
		r.tags = tmp
	}
	return r
}

// key names a tablet by its host and ports, as the health check's map keys do.
func key(t *tablet) string {
	parts := []string{t.hostname}
	for name, port := range t.portMap {
		parts = append(parts, fmt.Sprintf("%s:%d", name, port))
	}
	sort.Strings(parts[1:])
	return strings.Join(parts, ",")
}

func main() {
	t := &tablet{
		alias:    &alias{cell: "aa", uid: 0},
		hostname: "host1",
		portMap:  map[string]int32{"vt": 123},
	}
	known := map[string]*tablet{key(t): t}
	moved := t.clone()
	moved.portMap["vt"] = 456
	_, stale := known[key(moved)]
	fmt.Println(key(t), key(moved), stale)
}
