package main

import "sync/atomic"

// table is one immutable version of the routing table; readers load it without locks.
type table struct {
	version int
	routes  map[string]string // path prefix -> backend
}

type router struct {
	cur atomic.Pointer[table]
}

func newRouter() *router {
	r := &router{}
	r.cur.Store(&table{})
	return r
}
