// An HTTP middleware counts requests per user when auditing is enabled; the constructor makes
// the per-user map only under Options.Audit, and the service turns auditing on, so every
// count finds the map made.
package main

import (
	"fmt"
	"sort"
)

type Options struct {
	Audit   bool
	Service string
}

type auditLog struct {
	service string
	byUser  map[string]int
}

func newAuditLog(opts Options) *auditLog {
	a := &auditLog{service: opts.Service}
	if opts.Audit {
		a.byUser = make(map[string]int)
	}
	return a
}

func (a *auditLog) record(user string) {
	a.byUser[user]++
}

func main() {
	a := newAuditLog(Options{Audit: true, Service: "billing"})
	for _, u := range []string{"ann", "bob", "ann"} {
		a.record(u)
	}
	users := make([]string, 0, len(a.byUser))
	for u := range a.byUser {
		users = append(users, u)
	}
	sort.Strings(users)
	fmt.Println(a.service, users, a.byUser["ann"])
}
