// An authorisation service loads a tenant's ACL through singleflight, so that a burst of
// requests for one tenant makes a single backend call. Every caller that joined the flight
// gets the same map, so each caller clones it before adding its user's implicit "profile"
// grant; the shared map is only read, however many requests join a flight.
package main

import (
	"fmt"
	"maps"
	"sync"

	"golang.org/x/sync/singleflight"
)

type authz struct {
	flights singleflight.Group
	backend func(tenant string) map[string]bool // permission -> granted
}

func (a *authz) acl(tenant string) <-chan singleflight.Result {
	return a.flights.DoChan(tenant, func() (any, error) {
		return a.backend(tenant), nil
	})
}

func allowed(res singleflight.Result, user, perm string) bool {
	if res.Err != nil {
		return false
	}
	grants := maps.Clone(res.Val.(map[string]bool))
	grants["profile:"+user] = true
	return grants[perm]
}

func main() {
	release := make(chan struct{})
	a := &authz{backend: func(tenant string) map[string]bool {
		<-release // the backend answers after both requests have joined the flight
		return map[string]bool{"invoices:read": true, "invoices:write": false}
	}}
	first := a.acl("acme")
	second := a.acl("acme")
	close(release)

	var ready, wg sync.WaitGroup
	ready.Add(2)
	var annOK bool
	wg.Go(func() {
		res := <-first
		ready.Done()
		ready.Wait()
		annOK = allowed(res, "ann", "invoices:read")
	})
	res := <-second
	ready.Done()
	ready.Wait()
	bobOK := allowed(res, "bob", "profile:bob")
	wg.Wait()
	fmt.Println(annOK, bobOK)
}
