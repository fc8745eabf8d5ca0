// A peer store walks its peers with a visitor and calls a done callback once the walk is over;
// the caller's done hands the collected addresses to the dialer and drops its map. Both
// closures go to one call, but the store calls done only after the last visit, so the
// visitor never writes the dropped map.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type peer struct {
	id    string
	addrs []string
}

type peerStore struct {
	peers []peer
}

func (s *peerStore) Walk(visit func(peer) error, done func()) error {
	for _, p := range s.peers {
		if err := visit(p); err != nil {
			return err
		}
	}
	done()
	return nil
}

type dialer struct {
	queued []string
}

func (d *dialer) enqueue(addrs map[string][]string) {
	for id, a := range addrs {
		d.queued = append(d.queued, id+"@"+a[0])
	}
	sort.Strings(d.queued)
}

func refresh(s *peerStore, d *dialer, self string) error {
	addresses := make(map[string][]string)
	err := s.Walk(func(p peer) error {
		if p.id == "" {
			return errors.New("peer without id")
		}
		if p.id == self || len(p.addrs) == 0 {
			return nil
		}
		addresses[p.id] = p.addrs
		return nil
	}, func() {
		d.enqueue(addresses)
		addresses = nil
	})
	return err
}

func main() {
	s := &peerStore{peers: []peer{
		{"self", []string{"10.0.0.1:9735"}},
		{"carol", []string{"10.0.0.3:9735"}},
		{"dave", nil},
		{"erin", []string{"10.0.0.5:9735"}},
	}}
	d := &dialer{}
	if err := refresh(s, d, "self"); err != nil {
		fmt.Println("refresh:", err)
		return
	}
	fmt.Println(d.queued)
}
