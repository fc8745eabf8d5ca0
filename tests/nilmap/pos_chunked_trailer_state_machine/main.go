// A proxy parses chunked messages with a small state machine: headers, body chunks, then
// trailers. It makes the trailer map when a "Trailer:" header announces trailers, but the
// trailer state stores every trailer line, so a message from a sloppy upstream that sends
// an unannounced trailer panics.
package main

import (
	"fmt"
	"strings"
)

type state int

const (
	inHeaders state = iota
	inBody
	inTrailers
	done
)

type Message struct {
	Header  map[string]string
	Body    []string
	Trailer map[string]string
}

func field(line string) (string, string, error) {
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return "", "", fmt.Errorf("malformed field %q", line)
	}
	return strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v), nil
}

func parse(lines []string) (*Message, error) {
	msg := &Message{Header: make(map[string]string)}
	st := inHeaders
	for _, line := range lines {
		switch st {
		case inHeaders:
			if line == "" {
				st = inBody
				continue
			}
			k, v, err := field(line)
			if err != nil {
				return nil, err
			}
			if k == "trailer" {
				msg.Trailer = make(map[string]string)
			}
			msg.Header[k] = v
		case inBody:
			if line == "0" {
				st = inTrailers
				continue
			}
			msg.Body = append(msg.Body, line)
		case inTrailers:
			if line == "" {
				st = done
				continue
			}
			k, v, err := field(line)
			if err != nil {
				return nil, err
			}
			msg.Trailer[k] = v // want "nil map"
		case done:
			return nil, fmt.Errorf("data after the end of the message: %q", line)
		}
	}
	return msg, nil
}

func main() {
	announced := []string{"Content-Type: text/plain", "Trailer: X-Checksum", "", "hello", "world", "0", "X-Checksum: 9a0364b9", ""}
	sloppy := []string{"Content-Type: text/plain", "", "hello", "0", "X-Checksum: 5d41402a", ""}
	for _, lines := range [][]string{announced, sloppy} {
		msg, err := parse(lines)
		if err != nil {
			fmt.Println("parse:", err)
			continue
		}
		fmt.Println(msg.Body, msg.Trailer)
	}
}
