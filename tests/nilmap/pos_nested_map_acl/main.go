// An access-control table grants an action to a user whose inner map was never created.
package main

import "fmt"

type ACL struct {
	grants map[string]map[string]bool // user -> action -> allowed
}

func NewACL() *ACL {
	return &ACL{grants: map[string]map[string]bool{}}
}

func (a *ACL) Grant(user, action string) {
	a.grants[user][action] = true // want "nil map|inner map"
}

func (a *ACL) Allowed(user, action string) bool { return a.grants[user][action] }

func main() {
	acl := NewACL()
	acl.Grant("alice", "deploy")
	fmt.Println(acl.Allowed("alice", "deploy"))
}
