// A chat service keeps its channels as struct values in a map, each with a member set. Join
// writes through groups[name].members without checking that the channel exists; for an unknown
// channel the index yields a zero Group whose members map is nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Group struct {
	topic   string
	members map[string]bool
}

type ChatServer struct {
	groups map[string]Group
}

func NewChatServer(names ...string) *ChatServer {
	s := &ChatServer{groups: make(map[string]Group)}
	for _, n := range names {
		s.groups[n] = Group{topic: "welcome to #" + n, members: make(map[string]bool)}
	}
	return s
}

func (s *ChatServer) Join(user, channel string) {
	channel = strings.TrimPrefix(channel, "#")
	s.groups[channel].members[user] = true // want "nil map"
}

func (s *ChatServer) Who(channel string) []string {
	var out []string
	for u := range s.groups[channel].members {
		out = append(out, u)
	}
	sort.Strings(out)
	return out
}

func main() {
	s := NewChatServer("general", "ops")
	commands := []string{"ada JOIN #general", "lin JOIN #ops", "ada JOIN #random"}
	for _, c := range commands {
		f := strings.Fields(c)
		if len(f) == 3 && f[1] == "JOIN" {
			s.Join(f[0], f[2])
		}
	}
	fmt.Println(s.Who("general"), s.Who("ops"))
}
