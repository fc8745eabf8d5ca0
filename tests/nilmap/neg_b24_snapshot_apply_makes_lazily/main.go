// An event-sourced team aggregate makes its members map when it applies TeamCreated;
// rehydration starts from a snapshot whose restore copies only the id, name and version,
// and MemberJoined makes the members map itself when it is still nil.
package main

import (
	"fmt"
	"os"
	"sort"
)

type event struct {
	version int
	kind    string
	arg     string
}

type snapshot struct {
	id, name string
	version  int
	members  []string
}

type team struct {
	id, name string
	version  int
	members  map[string]bool
}

func restore(s snapshot) *team {
	return &team{id: s.id, name: s.name, version: s.version}
}

func (t *team) apply(e event) {
	switch e.kind {
	case "TeamCreated":
		t.name = e.arg
		t.members = make(map[string]bool)
	case "TeamRenamed":
		t.name = e.arg
	case "MemberJoined":
		if t.members == nil {
			t.members = make(map[string]bool)
		}
		t.members[e.arg] = true
	case "MemberLeft":
		delete(t.members, e.arg)
	}
	t.version = e.version
}

func load(id string, snap *snapshot, stream []event) *team {
	t := &team{id: id}
	if snap != nil {
		t = restore(*snap)
	}
	for _, e := range stream {
		if e.version <= t.version {
			continue
		}
		t.apply(e)
	}
	return t
}

func main() {
	stream := []event{
		{1, "TeamCreated", "platform"},
		{2, "MemberJoined", "ada"},
		{3, "MemberJoined", "grace"},
		{4, "TeamRenamed", "infra"},
		{5, "MemberJoined", "linus"},
		{6, "MemberLeft", "grace"},
	}
	snap := &snapshot{id: "t-1", name: "infra", version: 4, members: []string{"ada", "grace"}}
	t := load("t-1", snap, stream)
	names := make([]string, 0, len(t.members))
	for m := range t.members {
		names = append(names, m)
	}
	sort.Strings(names)
	fmt.Fprintf(os.Stdout, "%s v%d %s: %v\n", t.id, t.version, t.name, names)
}
