package main

import "slices"

type User struct {
	Name  string
	Roles map[string]bool
}

// Directory keeps its users in a slice, sorted by the order they were first seen.
type Directory struct {
	users []User
}

// user returns the named user, adding it when it is not there yet.
func (d *Directory) user(name string) *User {
	if i := slices.IndexFunc(d.users, func(u User) bool { return u.Name == name }); i >= 0 {
		return &d.users[i]
	}
	d.users = append(d.users, User{Name: name})
	return &d.users[len(d.users)-1]
}
