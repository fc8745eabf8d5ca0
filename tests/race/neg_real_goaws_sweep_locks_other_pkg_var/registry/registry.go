// Package registry holds the emulator's queues, as goaws's app package does: a package variable
// of an anonymous struct type that embeds the lock guarding its map.
package registry

import "sync"

// Queue is one emulated queue.
type Queue struct {
	Name     string
	Messages []string
}

// Queues is shared by the handlers and the periodic sweep; its embedded lock guards ByName.
var Queues = struct {
	sync.RWMutex
	ByName map[string]*Queue
}{ByName: make(map[string]*Queue)}
