// An access-control service keeps group -> member -> role. Groups are created at start-up by
// name, and every member is added to a group created before.
package main

import (
	"fmt"
	"sort"
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

func main() {
	d := NewDirectory()
	d.CreateGroup("admins")
	d.CreateGroup("viewers")
	d.AddMember("admins", "ann", "owner")
	d.AddMember("viewers", "bob", "read")
	d.AddMember("admins", "cid", "owner")
	fmt.Println(d.Members("admins"), d.Members("viewers"))
}
