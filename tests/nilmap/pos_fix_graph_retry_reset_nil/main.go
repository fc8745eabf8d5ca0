// Reduced from the fix in https://github.com/lightningnetwork/lnd/pull/10228 ("autopilot: fix
// nil map assignment", commit a5cf958c2): the autopilot gathers the graph's nodes and their
// addresses from a ForEachNode callback, and the reset func it passes for the database to call
// before each attempt of the read transaction sets the addresses map to nil instead of clearing
// it. (The nodes, a map too in lnd, are a slice here, which nil resets safely.)
package main

import (
	"errors"
	"fmt"
)

type nodeID string

type node struct {
	id    nodeID
	addrs []string
}

// graphDB runs a read transaction the way a SQL backend does: reset before every attempt, and
// one more attempt when the first hits a serialization conflict.
type graphDB struct {
	nodes     []node
	conflicts int
}

func (g *graphDB) ForEachNode(cb func(node) error, reset func()) error {
	for attempt := 0; ; attempt++ {
		reset()
		err := func() error {
			for i, n := range g.nodes {
				if attempt < g.conflicts && i == 1 {
					return errors.New("serialization conflict")
				}
				if err := cb(n); err != nil {
					return err
				}
			}
			return nil
		}()
		if err == nil || attempt >= g.conflicts {
			return err
		}
	}
}

func candidates(g *graphDB, self nodeID) ([]nodeID, map[nodeID][]string, error) {
	var nodes []nodeID
	addresses := make(map[nodeID][]string)
	err := g.ForEachNode(func(n node) error {
		if n.id == self || len(n.addrs) == 0 {
			return nil
		}
		addresses[n.id] = n.addrs // want "nil map"
		nodes = append(nodes, n.id)
		return nil
	}, func() {
		nodes = nil
		addresses = nil
	})
	return nodes, addresses, err
}

func main() {
	g := &graphDB{conflicts: 1, nodes: []node{
		{"self", []string{"10.0.0.1:9735"}},
		{"carol", []string{"10.0.0.3:9735"}},
		{"dave", nil},
	}}
	nodes, addresses, err := candidates(g, "self")
	fmt.Println(nodes, len(addresses), err)
}
