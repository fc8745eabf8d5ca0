// A multi-tenant usage tracker: the signup path builds a tenant with its feature flags,
// and the metering path creates unknown tenants on the fly without them. Enabling a feature
// first promotes a trial tenant by overwriting the whole record with a fully built one, so
// the flags map exists before it is written.
package main

import "fmt"

type tenant struct {
	id       string
	plan     string
	usage    int64
	features map[string]bool
}

type tracker struct {
	tenants map[string]*tenant
}

func newTracker() *tracker {
	return &tracker{tenants: map[string]*tenant{}}
}

// signup is the documented way in.
func (t *tracker) signup(id, plan string) *tenant {
	tn := &tenant{id: id, plan: plan, features: map[string]bool{"sso": plan == "enterprise"}}
	t.tenants[id] = tn
	return tn
}

// lookupOrCreate is used by metering, which can see traffic before signup completes.
func (t *tracker) lookupOrCreate(id string) *tenant {
	tn, ok := t.tenants[id]
	if !ok {
		tn = &tenant{id: id, plan: "trial"}
		t.tenants[id] = tn
	}
	return tn
}

func (t *tracker) meter(id string, bytes int64) {
	t.lookupOrCreate(id).usage += bytes
}

func promote(tn *tenant) {
	if tn.plan == "trial" {
		*tn = tenant{id: tn.id, plan: "pro", usage: tn.usage, features: map[string]bool{}}
	}
}

func (t *tracker) enable(id, feature string) {
	tn := t.lookupOrCreate(id)
	promote(tn)
	tn.features[feature] = true
}

func main() {
	tr := newTracker()
	tr.signup("acme", "enterprise")
	tr.meter("acme", 512)
	tr.enable("acme", "audit-log")
	tr.meter("initech", 64)
	tr.enable("initech", "beta-ui")
	for _, id := range []string{"acme", "initech"} {
		tn := tr.tenants[id]
		fmt.Println(tn.id, tn.plan, tn.usage, len(tn.features))
	}
}
