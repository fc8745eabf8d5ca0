// Reduced from go-ethereum v1.17.10, p2p/discover/lookup.go:98 and :123 (lookup.addNodes and
// startQueries), where mapscope check reported `it.seen` and `it.asked` written by several
// instances of the goroutine that TestUDPv4_LookupIterator starts per node
// (v4_udp_test.go:567). Each goroutine walks its own node's RandomNodes iterator, and the
// iterator makes a new lookup, with new `seen` and `asked` maps, through its nextLookup func
// field (the node's newRandomLookup) whenever the previous one is used up; no lookup is shared
// between goroutines. A near miss: the maps are made per iterator, inside each goroutine.
// Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type lookup struct {
	seen, asked map[int]bool
	queue       []int
}

func newLookup(self int, peers []int) *lookup {
	l := &lookup{seen: map[int]bool{self: true}, asked: map[int]bool{self: true}}
	l.addNodes(peers)
	return l
}

func (l *lookup) addNodes(nodes []int) {
	for _, n := range nodes {
		if !l.seen[n] {
			l.seen[n] = true
			l.queue = append(l.queue, n)
		}
	}
}

// advance asks one node not asked yet; its answer names its neighbours.
func (l *lookup) advance() bool {
	for len(l.queue) > 0 {
		n := l.queue[0]
		l.queue = l.queue[1:]
		if !l.asked[n] {
			l.asked[n] = true
			l.addNodes([]int{(n + 1) % 6, (n + 2) % 6})
			return true
		}
	}
	return false
}

type node struct {
	id    int
	peers []int
}

func (n *node) newRandomLookup() *lookup { return newLookup(n.id, n.peers) }

type iterator struct {
	next   func() *lookup
	cur    *lookup
	rounds int
}

func (n *node) randomNodes() *iterator { return &iterator{next: n.newRandomLookup} }

func (it *iterator) Next() bool {
	for it.rounds < 3 {
		if it.cur == nil {
			it.cur = it.next()
			it.rounds++
		}
		if it.cur.advance() {
			return true
		}
		it.cur = nil
	}
	return false
}

func main() {
	nodes := make([]*node, 4)
	for i := range nodes {
		nodes[i] = &node{id: i, peers: []int{(i + 1) % 6}}
	}
	steps := make([]int, len(nodes))
	var wg sync.WaitGroup
	for i := range nodes {
		self := nodes[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			it := self.randomNodes()
			for it.Next() {
				steps[i]++
			}
		}()
	}
	wg.Wait()
	fmt.Println(steps)
}
