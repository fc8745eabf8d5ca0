// An access-control service looks up a user's group with cmp.Or(groups[name], defaultGroup): a
// user whose group is not configured gets the shared default group, a package-level literal
// that was declared without its members map, and joining it writes into that map.
package main

import (
	"cmp"
	"fmt"
	"sort"
)

type Group struct {
	Name    string
	Roles   []string
	Members map[string]bool
}

var defaultGroup = &Group{Name: "everyone", Roles: []string{"read"}}

type Directory struct {
	groups map[string]*Group
}

func NewDirectory(names ...string) *Directory {
	d := &Directory{groups: make(map[string]*Group)}
	for _, n := range names {
		d.groups[n] = &Group{Name: n, Roles: []string{"read", "write"}, Members: map[string]bool{}}
	}
	return d
}

// Join puts user into the group their team maps to.
func (d *Directory) Join(user, team string) *Group {
	g := cmp.Or(d.groups[team], defaultGroup)
	g.Members[user] = true // want "nil map"
	return g
}

func (d *Directory) Report() []string {
	var lines []string
	for _, g := range d.groups {
		lines = append(lines, fmt.Sprintf("%s: %d members", g.Name, len(g.Members)))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	d := NewDirectory("platform", "payments")
	joins := []struct{ user, team string }{
		{"ana", "platform"},
		{"bo", "payments"},
		{"cy", "platform"},
		{"dee", "marketing"},
	}
	for _, j := range joins {
		g := d.Join(j.user, j.team)
		fmt.Println(j.user, "joined", g.Name, g.Roles)
	}
	for _, line := range d.Report() {
		fmt.Println(line)
	}
}
