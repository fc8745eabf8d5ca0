// A team directory keeps members per team (team -> user -> role). Add makes a team's map on
// its first member, and Move makes the target team's map too when it is missing before it
// copies the role and deletes the old entry, so moving someone into an empty team is fine.
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
	if d.teams[to] == nil {
		d.teams[to] = make(map[string]string)
	}
	d.teams[to][user] = role
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
