// Package registry holds the queues every handler shares, as goaws's app package does.
package registry

import "sync"

type Queue struct{ Name string }

// Queues is made by its declaration: the map is never nil.
var Queues = struct {
	sync.RWMutex
	ByName map[string]*Queue
}{ByName: make(map[string]*Queue)}
