// A header block parser may panic on a line without a colon; its deferred recover returns a
// bare fallback together with an error, and the caller skips any block whose parse failed
// before it adds the received-by header.
package main

import (
	"fmt"
	"strings"
)

type Block struct {
	Raw     string
	Headers map[string]string
}

func parseBlock(raw string) (b Block, err error) {
	defer func() {
		if r := recover(); r != nil {
			b = Block{Raw: raw}
			err = fmt.Errorf("malformed block: %v", r)
		}
	}()
	b = Block{Raw: raw, Headers: make(map[string]string)}
	for _, line := range strings.Split(raw, "\n") {
		i := strings.IndexByte(line, ':')
		b.Headers[strings.TrimSpace(line[:i])] = strings.TrimSpace(line[i+1:])
	}
	return b, nil
}

func main() {
	for _, raw := range []string{"From: a@example.com\nTo: b@example.com", "no colon here"} {
		b, err := parseBlock(raw)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		b.Headers["Received-By"] = "mx1"
		fmt.Println(len(b.Headers), b.Headers["From"])
	}
}
