// A generated-style clone (vtprotobuf's CloneVT) copies the port map only when the source has
// one; the source tablet is a literal without ports, so the clone's map is nil and setting a
// port on the moved tablet panics. The positive beside neg_real_vitess_clone_keeps_port_map.
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
	}
	known := map[string]*tablet{key(t): t}
	moved := t.clone()
	moved.portMap["vt"] = 456 // want "nil map"
	_, stale := known[key(moved)]
	fmt.Println(key(t), key(moved), stale)
}
