// An LDAP sync job grants roles from group memberships. Directory.user (directory.go) finds a
// user in a slice or appends a new one with an empty roles map, and the grant writes the role
// into the user's roles map, which users seeded from the previous sync and new users both have.
package main

import "fmt"

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
	grant(d, []membership{
		{group: "admins", users: []string{"alice"}},
		{group: "oncall", users: []string{"alice", "bob"}},
	})
	for _, u := range d.users {
		fmt.Println(u.Name, len(u.Roles))
	}
}
