// A near miss of pos_b6_nested_map_move_member: the directory creates a team's map only when
// it finds the team missing, and Move writes straight into the target team's map, but only
// after calling ensure for that team, which creates it when it is missing.
package main

import "fmt"

type Directory struct {
	teams map[string]map[string]string
}

func NewDirectory() *Directory {
	return &Directory{teams: make(map[string]map[string]string)}
}

func (d *Directory) ensure(team string) {
	if _, ok := d.teams[team]; !ok {
		d.teams[team] = make(map[string]string)
	}
}

func (d *Directory) Add(team, user, role string) {
	d.ensure(team)
	d.teams[team][user] = role
}

func (d *Directory) Move(user, from, to string) bool {
	role, ok := d.teams[from][user]
	if !ok {
		return false
	}
	delete(d.teams[from], user)
	d.ensure(to)
	d.teams[to][user] = role
	return true
}

func main() {
	d := NewDirectory()
	d.Add("payments", "ana", "lead")
	d.Add("search", "cy", "dev")
	fmt.Println(d.Move("ana", "payments", "platform"))
	fmt.Println(d.teams)
}
