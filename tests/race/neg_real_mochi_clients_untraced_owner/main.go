// From github.com/mochi-mqtt/server/v2 v2.7.9, clients.go:54 (Clients.Add), where mapscope
// check reported the write to `cl.internal` racing with the read in Clients.Get (clients.go:72)
// between two connection goroutines of TestEstablishConnectionInheritExistingTrueTakeover
// (server_test.go:701, :728), though Add holds the embedded RWMutex's Lock and Get its RLock.
// Cutting the module down ended in a server whose `Clients` pointer the analysis cannot trace
// while the map field still resolves; this program has that shape, the pointer returned by an
// interface method. Not confirmed to be the module's own cause (docs/real-code-findings.md).
// A near miss: a map and the mutex beside it in one struct, reached through a pointer that has
// no object: the mutex is dropped, the map is not. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type Clients struct {
	internal map[string]int
	sync.RWMutex
}

func NewClients() *Clients { return &Clients{internal: make(map[string]int)} }

func (cl *Clients) Add(id string) {
	cl.Lock()
	defer cl.Unlock()
	cl.internal[id]++
}

func (cl *Clients) Get(id string) (int, bool) {
	cl.RLock()
	defer cl.RUnlock()
	v, ok := cl.internal[id]
	return v, ok
}

type source interface{ clients() *Clients }

type holder struct{ c *Clients }

func (h holder) clients() *Clients { return h.c }

type Server struct{ src source }

func (s *Server) attach(id string) {
	s.src.clients().Add(id)
	if _, ok := s.src.clients().Get(id + "-will"); ok {
		fmt.Println("will")
	}
}

func main() {
	s := &Server{src: holder{NewClients()}}
	var wg sync.WaitGroup
	for _, id := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.attach(id)
		}()
	}
	wg.Wait()
	v, _ := s.src.clients().Get("a")
	fmt.Println(v)
}
