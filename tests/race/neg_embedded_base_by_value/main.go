// Two protocol servers (HTTP and gRPC front ends) embed a common session base with a mutex
// and the session map. The wiring code builds both from one base and embeds a pointer to
// it, so both servers lock the same mutex around the shared map.
package main

import (
	"fmt"
	"sync"
)

type sessionBase struct {
	sync.Mutex
	sessions map[string]string // token -> user
}

func (b *sessionBase) login(token, user string) {
	b.Lock()
	defer b.Unlock()
	b.sessions[token] = user
}

type httpFront struct {
	*sessionBase
	port int
}

type grpcFront struct {
	*sessionBase
	service string
}

type front interface {
	serveLogin(token, user string, start *sync.WaitGroup)
}

func (h *httpFront) serveLogin(token, user string, start *sync.WaitGroup) {
	start.Done()
	start.Wait()
	h.login(token, user)
}

func (g *grpcFront) serveLogin(token, user string, start *sync.WaitGroup) {
	start.Done()
	start.Wait()
	g.login(token, user)
}

func main() {
	base := &sessionBase{sessions: make(map[string]string)}
	fronts := []front{
		&httpFront{sessionBase: base, port: 8080},
		&grpcFront{sessionBase: base, service: "auth.v1"},
	}
	var start, done sync.WaitGroup
	start.Add(len(fronts))
	done.Add(len(fronts))
	for i, f := range fronts {
		go func() {
			defer done.Done()
			f.serveLogin(fmt.Sprintf("tok-%d", i), "user", &start)
		}()
	}
	done.Wait()
	fmt.Println(len(base.sessions))
}
