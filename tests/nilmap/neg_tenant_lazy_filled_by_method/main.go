// A multi-tenant usage tracker: the signup path builds a tenant with its feature flags,
// and the metering path creates unknown tenants on the fly without them; a tenant's own
// setFeature method makes the flags map when it is missing, so toggling a flag is safe.
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

func (tn *tenant) setFeature(feature string, on bool) {
	if tn.features == nil {
		tn.features = make(map[string]bool)
	}
	tn.features[feature] = on
}

func (t *tracker) enable(id, feature string) {
	tn := t.lookupOrCreate(id)
	tn.setFeature(feature, true)
	tn.features[feature+"-seen"] = true
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
