// A near miss of pos_b17_cmp_or_default_group: the shared default group is a package-level
// literal declared without its members map, and Join makes the map of whichever group cmp.Or
// picks when it finds it nil before adding the user.
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
	if g.Members == nil {
		g.Members = map[string]bool{}
	}
	g.Members[user] = true
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
