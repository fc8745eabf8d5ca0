// The access-control table creates a user's inner map with a comma-ok lookup first.
package main

import "fmt"

type ACL struct {
	grants map[string]map[string]bool // user -> action -> allowed
}

func NewACL() *ACL {
	return &ACL{grants: map[string]map[string]bool{}}
}

func (a *ACL) Grant(user, action string) {
	actions, ok := a.grants[user]
	if !ok {
		actions = map[string]bool{}
		a.grants[user] = actions
	}
	actions[action] = true
}

func (a *ACL) Allowed(user, action string) bool { return a.grants[user][action] }

func main() {
	acl := NewACL()
	acl.Grant("alice", "deploy")
	acl.Grant("alice", "rollback")
	fmt.Println(acl.Allowed("alice", "deploy"))
}
