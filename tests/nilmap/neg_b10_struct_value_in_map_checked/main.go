// A chat service keeps its channels as struct values in a map, each with a member set. Join
// looks the channel up with the comma-ok form first and refuses unknown channels, so it only
// writes into member sets the constructor made.
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

func (s *ChatServer) Join(user, channel string) error {
	channel = strings.TrimPrefix(channel, "#")
	g, ok := s.groups[channel]
	if !ok {
		return fmt.Errorf("no such channel #%s", channel)
	}
	g.members[user] = true
	return nil
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
			if err := s.Join(f[0], f[2]); err != nil {
				fmt.Println(err)
			}

		}
	}
	fmt.Println(s.Who("general"), s.Who("ops"))
}
