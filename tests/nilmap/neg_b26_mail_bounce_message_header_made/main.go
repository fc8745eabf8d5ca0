// A mail relay parses incoming messages with net/mail and, when a recipient is unknown, builds
// a bounce as a mail.Message literal, then stamps routing headers on it as it does on parsed
// messages. mail.ReadMessage makes the Header map of parsed messages, and the bounce literal
// sets its own Header with a From and Subject, so every stamp writes a made map.
package main

import (
	"fmt"
	"io"
	"net/mail"
	"os"
	"strings"
)

const incoming = "From: ops@example.org\r\nTo: nobody@example.com\r\nSubject: disk alert\r\n\r\nsda1 is 91% full\r\n"

var mailboxes = map[string]bool{"oncall@example.com": true}

func stamp(msg *mail.Message, hop string) {
	msg.Header["X-Relay-Hop"] = append(msg.Header["X-Relay-Hop"], hop)
}

func bounce(orig *mail.Message, reason string) *mail.Message {
	body := fmt.Sprintf("Delivery to %s failed: %s\r\n", orig.Header.Get("To"), reason)
	return &mail.Message{
		Header: mail.Header{
			"From":    {"MAILER-DAEMON@example.com"},
			"Subject": {"Undelivered Mail Returned to Sender"},
		},
		Body: strings.NewReader(body),
	}
}

func route(msg *mail.Message) (*mail.Message, string) {
	to, err := mail.ParseAddress(msg.Header.Get("To"))
	if err != nil {
		return bounce(msg, "bad address"), msg.Header.Get("From")
	}
	if !mailboxes[to.Address] {
		return bounce(msg, "no such mailbox"), msg.Header.Get("From")
	}
	return msg, to.Address
}

func main() {
	msg, err := mail.ReadMessage(strings.NewReader(incoming))
	if err != nil {
		fmt.Fprintln(os.Stderr, "read:", err)
		os.Exit(1)
	}
	stamp(msg, "mx1.example.com")
	out, rcpt := route(msg)
	stamp(out, "relay.example.com")
	body, _ := io.ReadAll(out.Body)
	fmt.Printf("to %s: %d hops, %q\n", rcpt, len(out.Header["X-Relay-Hop"]), body)
}
