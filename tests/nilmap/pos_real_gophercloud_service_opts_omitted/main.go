// Reduced from gophercloud/gophercloud/v2 v2.16.0,
// internal/acceptance/openstack/identity/v3/identity.go:250, a nil-map write mapscope check
// found in an acceptance-test helper: CreateService documents its options as optional and, for
// a nil pointer, starts from `services.CreateOpts{}`, whose `Extra` map is nil, then writes the
// random name into `createOpts.Extra["name"]`. Both callers in the module pass options with
// `Extra` set, so no test panics today; a caller that leaves the options out (or passes some
// without Extra) panics with `assignment to entry in nil map`. Our own rewrite.
package main

import "fmt"

type createOpts struct {
	serviceType string
	enabled     *bool
	extra       map[string]any
}

type service struct {
	id    string
	extra map[string]any
}

var serial int

func create(opts createOpts) *service {
	serial++
	return &service{id: fmt.Sprintf("svc-%d", serial), extra: opts.extra}
}

// createService creates a service with a generated name; its options are optional.
func createService(c *createOpts) *service {
	name := fmt.Sprintf("ACPTTEST%04d", serial+1)
	var opts createOpts
	if c != nil {
		opts = *c
	} else {
		opts = createOpts{}
	}
	opts.extra["name"] = name // want "assignment to entry in nil map"
	return create(opts)
}

func main() {
	s := createService(&createOpts{serviceType: "endpoint-test", extra: map[string]any{}})
	fmt.Println(s.id, s.extra["name"])
	s = createService(nil)
	fmt.Println(s.id, s.extra["name"])
}
