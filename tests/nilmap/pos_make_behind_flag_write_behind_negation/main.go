// The near miss neg_real_natsserver_signing_keys_same_flag made wrong: the signing keys are made
// under `len(keys) > 0 || !strict` but the operator's own key is added under `strict`, so a
// strict issuer with no signing keys writes to the map reset to nil.
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
	if strict {
		a.signingKeys[ac.Issuer] = &Scope{role: "operator"} // want "nil map"
	}
}

func main() {
	s := &Server{strict: map[string]bool{"op": true}}
	a := &Account{Name: "acc"}
	s.update(a, &Claims{Issuer: "x", SigningKeys: map[string]*Scope{"k": nil}})
	s.update(a, &Claims{Issuer: "op"})
	fmt.Println(len(a.signingKeys))
}
