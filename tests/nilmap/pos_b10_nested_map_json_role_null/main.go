// An authorization service loads its role table from JSON: role -> permission -> allowed. An
// operator emptied the auditor role by writing null, which decodes to a nil inner map, and the
// startup step that grants every role read access to /status writes into it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
)

type Policy struct {
	Version int                        `json:"version"`
	Roles   map[string]map[string]bool `json:"roles"`
}

const policyJSON = `{
  "version": 3,
  "roles": {
    "admin":   {"users:write": true, "users:read": true},
    "support": {"users:read": true},
    "auditor": null
  }
}`

func loadPolicy(data []byte) (*Policy, error) {
	var p Policy
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	if p.Roles == nil {
		p.Roles = make(map[string]map[string]bool)
	}
	return &p, nil
}

func (p *Policy) grantAll(perm string) {
	for role := range p.Roles {
		p.Roles[role][perm] = true // want "nil map|inner map"
	}
}

func (p *Policy) Allowed(role, perm string) bool { return p.Roles[role][perm] }

func main() {
	p, err := loadPolicy([]byte(policyJSON))
	if err != nil {
		log.Fatal(err)
	}
	p.grantAll("status:read")
	roles := make([]string, 0, len(p.Roles))
	for r := range p.Roles {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		fmt.Printf("%s status:%t users:write:%t\n", r, p.Allowed(r, "status:read"), p.Allowed(r, "users:write"))
	}
}
