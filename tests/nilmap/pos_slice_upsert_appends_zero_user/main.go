// An LDAP sync job grants roles from group memberships. Directory.user (directory.go) finds a
// user in a slice or appends a new one built from its name only, and the grant writes the
// role into the user's roles map: users seeded from the previous sync have one, a user who
// first appears in a group does not.
package main

import "fmt"

type membership struct {
	group string
	users []string
}

func grant(d *Directory, ms []membership) {
	for _, m := range ms {
		for _, name := range m.users {
			d.user(name).Roles[m.group] = true // want "nil map"
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
