// A line-protocol server session makes its client attributes map when the client says HELLO;
// every client script says HELLO before CLIENT SETNAME, so the command loop (left with a
// labelled break on QUIT) writes the name into a made map.
package main

import (
	"fmt"
	"strings"
)

type Session struct {
	id    int
	proto int
	attrs map[string]string
	out   []string
}

func (s *Session) reply(line string) { s.out = append(s.out, line) }

func (s *Session) Run(lines []string) {
loop:
	for _, line := range lines {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		switch strings.ToUpper(fields[0]) {
		case "HELLO":
			s.proto = 2
			if len(fields) > 1 && fields[1] == "3" {
				s.proto = 3
			}
			s.attrs = map[string]string{"lib-name": "unknown"}
			s.reply(fmt.Sprintf("+OK proto=%d", s.proto))
		case "CLIENT":
			if len(fields) < 3 || strings.ToUpper(fields[1]) != "SETNAME" {
				s.reply("-ERR syntax error")
				continue
			}
			s.attrs["name"] = fields[2]
			s.reply("+OK")
		case "PING":
			s.reply("+PONG")
		case "QUIT":
			s.reply("+OK bye")
			break loop
		default:
			s.reply("-ERR unknown command '" + fields[0] + "'")
		}
	}
}

func main() {
	scripts := [][]string{
		{"HELLO 3", "CLIENT SETNAME worker-1", "PING", "QUIT", "PING"},
		{"PING", "HELLO", "CLIENT LIST", "CLIENT SETNAME cron", "QUIT"},
	}
	for i, script := range scripts {
		s := &Session{id: i + 1}
		s.Run(script)
		fmt.Println(s.id, strings.Join(s.out, " | "), s.attrs["name"])
	}
}
