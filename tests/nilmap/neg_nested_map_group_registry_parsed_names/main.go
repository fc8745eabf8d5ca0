// An access-control service keeps group -> member -> role. The groups come from a config file
// and are created by name as they are read; the static members added afterwards belong to
// groups the file defines.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Directory struct {
	members map[string]map[string]string
}

func NewDirectory() *Directory {
	return &Directory{members: make(map[string]map[string]string)}
}

func (d *Directory) CreateGroup(name string) {
	d.members[name] = make(map[string]string)
}

func (d *Directory) AddMember(group, user, role string) {
	d.members[group][user] = role
}

func (d *Directory) Members(group string) []string {
	var out []string
	for u := range d.members[group] {
		out = append(out, u)
	}
	sort.Strings(out)
	return out
}

const groupsFile = "admins\nviewers\nauditors\n"

func main() {
	d := NewDirectory()
	for _, g := range strings.Fields(groupsFile) {
		d.CreateGroup(g)
	}
	d.AddMember("admins", "ann", "owner")
	d.AddMember("auditors", "cid", "read")
	fmt.Println(d.Members("admins"), d.Members("auditors"))
}
