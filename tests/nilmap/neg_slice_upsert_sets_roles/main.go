// A near miss of pos_slice_upsert_appends_zero_user: the get-or-add helper appends a user built
// from its name only, but makes the new element's roles map before handing back its address,
// so a grant to a user first seen in a group writes into a made map.
package main

import (
	"fmt"
	"slices"
)

type User struct {
	Name  string
	Roles map[string]bool
}

type Directory struct {
	users []User
}

func (d *Directory) user(name string) *User {
	if i := slices.IndexFunc(d.users, func(u User) bool { return u.Name == name }); i >= 0 {
		return &d.users[i]
	}
	d.users = append(d.users, User{Name: name})
	u := &d.users[len(d.users)-1]
	u.Roles = make(map[string]bool)
	return u
}

type membership struct {
	group string
	users []string
}

func grant(d *Directory, ms []membership) {
	for _, m := range ms {
		for _, name := range m.users {
			d.user(name).Roles[m.group] = true
		}
	}
}

func main() {
	d := &Directory{users: []User{{Name: "alice", Roles: map[string]bool{"staff": true}}}}
	grant(d, []membership{{group: "oncall", users: []string{"alice", "bob"}}})
	for _, u := range d.users {
		fmt.Println(u.Name, len(u.Roles))
	}
}
