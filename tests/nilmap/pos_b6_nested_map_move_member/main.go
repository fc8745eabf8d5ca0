// A team directory keeps members per team (team -> user -> role). Add makes a team's map on
// its first member, but Move copies the role straight into the target team's map and deletes
// the old entry; moving someone into a team that has no members yet writes to a missing inner
// map.
package main

import "fmt"

type Directory struct {
	teams map[string]map[string]string
}

func NewDirectory() *Directory {
	return &Directory{teams: make(map[string]map[string]string)}
}

func (d *Directory) Add(team, user, role string) {
	members, ok := d.teams[team]
	if !ok {
		members = make(map[string]string)
		d.teams[team] = members
	}
	members[user] = role
}

func (d *Directory) Move(user, from, to string) bool {
	role, ok := d.teams[from][user]
	if !ok {
		return false
	}
	delete(d.teams[from], user)
	d.teams[to][user] = role // want "nil map|inner map"
	return true
}

func main() {
	d := NewDirectory()
	d.Add("payments", "ana", "lead")
	d.Add("payments", "bo", "dev")
	d.Add("search", "cy", "dev")
	fmt.Println(d.Move("bo", "payments", "search"))
	fmt.Println(d.Move("ana", "payments", "platform"))
	fmt.Println(d.teams)
}
