// Reduced from nats-server v2.15.3, server/accounts.go:3586 (updateAccountClaimsWithRefresh),
// reported once a closure's capture of the account no longer hid its fields: the signing keys
// are reset to nil, made under `if len(ac.SigningKeys) > 0 || !strict`, and written under `if
// !strict`, so whenever the write runs the make ran. A near miss: a make and a write behind
// the same boolean, the make's test an `||` of it with another. Our own rewrite.
package main

import "fmt"

type Scope struct{ role string }
type Claims struct {
	Issuer      string
	SigningKeys map[string]*Scope
}

type Account struct {
	Name        string
	signingKeys map[string]*Scope
}

type Server struct{ strict map[string]bool }

func (s *Server) update(a *Account, ac *Claims) {
	a.signingKeys = nil
	_, strict := s.strict[ac.Issuer]
	if len(ac.SigningKeys) > 0 || !strict {
		a.signingKeys = make(map[string]*Scope)
	}
	for k, scope := range ac.SigningKeys {
		a.signingKeys[k] = scope
	}
	if !strict {
		a.signingKeys[a.Name] = nil
	}
}

func main() {
	s := &Server{strict: map[string]bool{"op": true}}
	a := &Account{Name: "acc"}
	s.update(a, &Claims{Issuer: "op"})
	s.update(a, &Claims{Issuer: "x", SigningKeys: map[string]*Scope{"k": nil}})
	fmt.Println(len(a.signingKeys))
}
