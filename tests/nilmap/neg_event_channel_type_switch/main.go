// A notification worker consumes account events of several types from a channel and stamps
// delivery metadata on each in a type switch. Signups are built by newSignup with their Meta
// map, and the password-reset event the security team added is sent as a literal that sets
// its Meta too, so the worker stamps made maps only.
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
	User  string
	Token string
	Meta  map[string]string
}

func newSignup(user string) *Signup {
	return &Signup{User: user, Meta: map[string]string{"template": "welcome"}}
}

func produce(events chan<- any, log []string) {
	defer close(events)
	for _, entry := range log {
		kind, user, _ := strings.Cut(entry, " ")
		switch kind {
		case "signup":
			events <- newSignup(user)
		case "reset":
			events <- &PasswordReset{User: user, Token: "tok-" + user, Meta: map[string]string{"priority": "high"}}
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
		default:
			sent = append(sent, fmt.Sprintf("dropped %T", e))
		}
	}
	return sent
}

func main() {
	events := make(chan any, 8)
	go produce(events, []string{"signup ann", "signup bob", "reset ann"})
	fmt.Println(deliver(events, "email"))
}
