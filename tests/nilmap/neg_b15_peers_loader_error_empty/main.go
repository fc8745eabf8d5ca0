// A gossip node reads its static peer list from a file. When the file is missing, loadPeers
// returns an empty map along with the error, so newNode, which logs the error and carries on, can
// add itself to the peer set. The near miss of pos_b15_peers_loader_error_nil.
package main

import (
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

type Peer struct {
	Addr string
	Self bool
}

func loadPeers(path string) (map[string]Peer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return map[string]Peer{}, fmt.Errorf("read peers: %w", err)
	}
	peers := make(map[string]Peer)
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, addr, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("bad peer line %q", line)
		}
		peers[id] = Peer{Addr: addr}
	}
	return peers, nil
}

type Node struct {
	id    string
	addr  string
	peers map[string]Peer
}

func newNode(id, addr, path string) *Node {
	peers, err := loadPeers(path)
	if err != nil {
		log.Printf("node %s: starting without static peers: %v", id, err)
	}
	n := &Node{id: id, addr: addr, peers: peers}
	n.peers[id] = Peer{Addr: addr, Self: true}
	return n
}

func (n *Node) Members() []string {
	out := make([]string, 0, len(n.peers))
	for id, p := range n.peers {
		if p.Self {
			id += "*"
		}
		out = append(out, id+"@"+p.Addr)
	}
	sort.Strings(out)
	return out
}

func main() {
	log.SetFlags(0)
	n := newNode("node-a", "127.0.0.1:7946", "peers.d/static.txt")
	fmt.Println(strings.Join(n.Members(), " "))
}
