// A notification worker consumes account events of two types from a channel and stamps
// delivery metadata on each in a type switch. Both kinds of event are built by constructors
// that make their Meta map, so every stamp writes into a made map.
package main

import (
	"fmt"
	"strings"
)

type Signup struct {
	User string
	Meta map[string]string
}

type PasswordReset struct {
	User string
	Meta map[string]string
}

func newSignup(user string) *Signup {
	return &Signup{User: user, Meta: map[string]string{"template": "welcome"}}
}

func newReset(user string) *PasswordReset {
	return &PasswordReset{User: user, Meta: map[string]string{"template": "reset"}}
}

func produce(events chan<- any, log []string) {
	defer close(events)
	for _, entry := range log {
		kind, user, _ := strings.Cut(entry, " ")
		switch kind {
		case "signup":
			events <- newSignup(user)
		case "reset":
			events <- newReset(user)
		}
	}
}

func deliver(events <-chan any, channel string) []string {
	var sent []string
	for ev := range events {
		switch e := ev.(type) {
		case *Signup:
			e.Meta["channel"] = channel
			sent = append(sent, "welcome "+e.User)
		case *PasswordReset:
			e.Meta["channel"] = channel
			sent = append(sent, "reset "+e.User)
		}
	}
	return sent
}

func main() {
	events := make(chan any, 8)
	go produce(events, []string{"signup ann", "reset ann"})
	fmt.Println(deliver(events, "email"))
}
