// A tiny line-protocol key-value server serves each connection in its own goroutine and keeps
// the data in a map guarded by an RWMutex. Two clients connected over net.Pipe send SET and
// GET at once; SET takes the write lock and GET the read lock.
package main

import (
	"bufio"
	"net"
	"os"
	"sort"
	"strings"
	"sync"
)

type Server struct {
	mu   sync.RWMutex
	data map[string]string
}

func (s *Server) Serve(conn net.Conn) {
	defer conn.Close()
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		reply := "ERR\n"
		switch {
		case len(f) == 3 && f[0] == "SET":
			s.mu.Lock()
			s.data[f[1]] = f[2]
			s.mu.Unlock()
			reply = "OK\n"
		case len(f) == 2 && f[0] == "GET":
			s.mu.RLock()
			reply = s.data[f[1]] + "\n"
			s.mu.RUnlock()
		}
		if _, err := conn.Write([]byte(reply)); err != nil {
			return
		}
	}
}

func client(s *Server, cmds []string, barrier *sync.WaitGroup) []string {
	local, remote := net.Pipe()
	go s.Serve(remote)
	r := bufio.NewReader(local)
	var replies []string
	for _, c := range cmds {
		local.Write([]byte(c + "\n"))
		line, _ := r.ReadString('\n')
		replies = append(replies, strings.TrimSpace(line))
	}
	// Keep the connection open until every client has had its answers.
	barrier.Done()
	barrier.Wait()
	local.Close()
	return replies
}

func main() {
	s := &Server{data: make(map[string]string)}
	scripts := [][]string{
		{"SET region eu-west", "GET region"},
		{"SET leader node-2", "GET leader"},
	}
	var barrier, clients sync.WaitGroup
	barrier.Add(len(scripts))
	results := make([][]string, len(scripts))
	for i, cmds := range scripts {
		clients.Go(func() { results[i] = client(s, cmds, &barrier) })
	}
	clients.Wait()
	var all []string
	for _, r := range results {
		all = append(all, r...)
	}
	sort.Strings(all)
	os.Stdout.WriteString(strings.Join(all, " ") + "\n")
}
