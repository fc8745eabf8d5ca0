// An access-control service keeps group -> member -> role. Groups are created at start-up by
// name, and members are added to existing groups; one call site spells a group that was never
// created ("admin" for "admins"), so its member set is missing and the add panics.
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
	d.members[group][user] = role // want "nil map|inner map"
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
	d.AddMember("admin", "cid", "owner")
	fmt.Println(d.Members("admins"), d.Members("viewers"))
}
