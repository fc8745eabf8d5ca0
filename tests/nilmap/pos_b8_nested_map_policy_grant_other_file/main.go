// An authorization service loads grants from "role:permission" lines. The policy type (in
// policy.go) seeds the built-in roles; Grant writes into the role's permission set directly,
// so a grant line for a custom role that was never declared writes into a missing inner map.
package main

import (
	"fmt"
	"strings"
)

func (p *Policy) Grant(role, perm string) {
	p.grants[role][perm] = true // want "nil map|inner map"
}

func (p *Policy) Allowed(role, perm string) bool {
	return p.grants[role][perm] || p.grants[role]["*"]
}

func load(p *Policy, lines string) {
	for _, line := range strings.Fields(lines) {
		role, perm, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		p.Grant(role, perm)
	}
}

func main() {
	p := NewPolicy()
	load(p, "admin:* viewer:read viewer:list")
	fmt.Println(p.Allowed("viewer", "read"), p.Allowed("viewer", "delete"))
	load(p, "auditor:read auditor:export")
	fmt.Println(p.Allowed("auditor", "export"))
}
