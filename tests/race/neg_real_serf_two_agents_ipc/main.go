// Reduced from hashicorp/serf v0.11.0, cmd/serf/command/agent/ipc.go:870 (handleStream), where
// mapscope check reported two handleClient goroutines (ipc.go:416) racing on one client's
// eventStreams: the accept loop makes a new client per connection and hands it to its own
// goroutine, which alone touches the map. The report needs two agents running at once, as
// command_test.go's TestCommandRun_mDNS starts (c.Run and c2.Run in two goroutines): the clients
// of the two agents were taken for one object. A near miss; this program is our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type client struct {
	name    string
	reqs    []uint64
	streams map[uint64]string
}

type agentIPC struct {
	sync.Mutex
	handlers sync.WaitGroup
	clients  map[string]*client
}

func (i *agentIPC) listen(accept <-chan string, done chan<- *agentIPC) {
	for name := range accept {
		c := &client{name: name, reqs: []uint64{1, 2, 1}, streams: make(map[uint64]string)}
		i.Lock()
		i.clients[c.name] = c
		i.handlers.Add(1)
		go i.handleClient(c)
		i.Unlock()
	}
	done <- i
}

func (i *agentIPC) handleClient(c *client) {
	defer i.handlers.Done()
	for _, seq := range c.reqs {
		if _, ok := c.streams[seq]; ok {
			continue
		}
		c.streams[seq] = c.name
	}
	i.Lock()
	delete(i.clients, c.name)
	i.Unlock()
}

func runAgent(names []string, done chan<- *agentIPC) {
	accept := make(chan string)
	i := &agentIPC{clients: make(map[string]*client)}
	go i.listen(accept, done)
	for _, n := range names {
		accept <- n
	}
	close(accept)
}

func main() {
	done := make(chan *agentIPC)
	go runAgent([]string{"10.0.0.1:7373", "10.0.0.2:7373"}, done)
	go runAgent([]string{"10.0.0.3:7373"}, done)
	for range 2 {
		i := <-done
		i.handlers.Wait()
		fmt.Println(len(i.clients))
	}
}
