// An SMTP server's session is a small state machine driven by the client's commands. MAIL
// FROM starts a transaction, RCPT TO adds recipients to a set, DATA delivers. RSET and the
// end of DATA reset the transaction by giving it a fresh recipient set, so the second message
// of a session adds its recipient to a made map.
package main

import (
	"fmt"
	"strings"
)

type state int

const (
	stateGreet state = iota
	stateReady
	stateMail
)

type session struct {
	st        state
	from      string
	rcpts     map[string]bool
	delivered []string
}

func (s *session) reset() {
	s.st = stateReady
	s.from = ""
	s.rcpts = make(map[string]bool)
}

func (s *session) handle(line string) string {
	verb, arg, _ := strings.Cut(line, " ")
	switch {
	case verb == "HELO" && s.st == stateGreet:
		s.st = stateReady
		s.rcpts = make(map[string]bool)
		return "250 hello"
	case verb == "MAIL" && s.st == stateReady:
		s.st, s.from = stateMail, strings.TrimPrefix(arg, "FROM:")
		return "250 ok"
	case verb == "RCPT" && s.st == stateMail:
		s.rcpts[strings.TrimPrefix(arg, "TO:")] = true
		return "250 ok"
	case verb == "DATA" && s.st == stateMail:
		s.delivered = append(s.delivered, fmt.Sprintf("%s->%d", s.from, len(s.rcpts)))
		s.reset()
		return "250 queued"
	case verb == "RSET":
		s.reset()
		return "250 reset"
	}
	return "503 bad sequence"
}

func main() {
	s := &session{}
	for _, cmd := range []string{
		"HELO mx.example.org", "MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>", "DATA",
		"MAIL FROM:<a@example.org>", "RCPT TO:<c@example.net>", "DATA",
	} {
		fmt.Println(cmd, "=>", s.handle(cmd))
	}
	fmt.Println(s.delivered)
}
