// A line-based chat server serves each connection in its own goroutine (go s.serve(conn)). A
// client's first line registers its nick in the server's nick table; serve registers it
// without the server's mutex, which only the broadcast path takes, so two clients joining at
// once write the table together. The connections are in-process net.Pipe pairs.
package main

import (
	"bufio"
	"net"
	"strings"
	"sync"
)

type Server struct {
	mu    sync.Mutex
	nicks map[string]net.Conn
}

func (s *Server) serve(conn net.Conn, wg *sync.WaitGroup) {
	defer wg.Done()
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return
	}
	nick := strings.TrimSpace(strings.TrimPrefix(line, "NICK "))
	s.nicks[nick] = conn // want "concurrent map write"
	conn.Write([]byte("WELCOME " + nick + "\n"))
}

func (s *Server) Broadcast(msg string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.nicks)
}

func readLine(c net.Conn) string {
	line, _ := bufio.NewReader(c).ReadString('\n')
	return strings.TrimSpace(line)
}

func main() {
	s := &Server{nicks: make(map[string]net.Conn)}
	var wg sync.WaitGroup
	var clients []net.Conn
	for range 2 {
		client, server := net.Pipe()
		clients = append(clients, client)
		wg.Add(1)
		go s.serve(server, &wg)
	}
	clients[0].Write([]byte("NICK ana\n"))
	clients[1].Write([]byte("NICK bo\n"))
	println(readLine(clients[0]), readLine(clients[1]))
	wg.Wait()
	println(s.Broadcast("hello"), "members")
}
