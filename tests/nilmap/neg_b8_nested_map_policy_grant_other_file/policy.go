package main

// Policy maps a role to the set of permissions it holds.
type Policy struct {
	grants map[string]map[string]bool
}

// NewPolicy seeds the built-in roles; other roles are expected to be declared with AddRole.
func NewPolicy() *Policy {
	p := &Policy{grants: make(map[string]map[string]bool)}
	for _, role := range []string{"admin", "viewer"} {
		p.grants[role] = make(map[string]bool)
	}
	return p
}

func (p *Policy) AddRole(role string) {
	if _, ok := p.grants[role]; !ok {
		p.grants[role] = make(map[string]bool)
	}
}
