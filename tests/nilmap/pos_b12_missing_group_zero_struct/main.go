// An access-control directory keeps groups by name in a map of Group values, each with a Members
// set. AddMember reads the group with a plain index expression, sets its name and adds the user
// before storing it back; for a group nobody created yet the index yields the zero Group, whose
// Members map is nil, and the sync from the HR feed writes into it.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Group struct {
	Name    string
	Members map[string]bool
	Updated time.Time
}

type Directory struct {
	groups map[string]Group
}

func NewDirectory(names ...string) *Directory {
	d := &Directory{groups: make(map[string]Group)}
	for _, n := range names {
		d.groups[n] = Group{Name: n, Members: make(map[string]bool)}
	}
	return d
}

func (d *Directory) AddMember(group, user string, at time.Time) {
	g := d.groups[group]
	g.Name = group
	g.Members[user] = true // want "nil map"
	g.Updated = at
	d.groups[group] = g
}

type feedRow struct{ user, group string }

func main() {
	d := NewDirectory("engineering", "finance")
	feed := []feedRow{
		{"ana", "engineering"},
		{"bo", "finance"},
		{"cy", "legal"},
	}
	at := time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)
	for _, r := range feed {
		d.AddMember(r.group, r.user, at)
	}
	names := make([]string, 0, len(d.groups))
	for n := range d.groups {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, len(d.groups[n].Members))
	}
}
