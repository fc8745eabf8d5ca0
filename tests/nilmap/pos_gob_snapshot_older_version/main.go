// A rate limiter persists its state with encoding/gob across restarts. Version 2 added a
// per-client Burst map; a snapshot written by version 1 has no such field, gob leaves it as
// it was in the value decoded into (nil), and the first burst grant after the upgrade panics.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"io"
)

// stateV1 is what the previous release wrote.
type stateV1 struct {
	Version int
	Tokens  map[string]int
}

type state struct {
	Version int
	Tokens  map[string]int
	Burst   map[string]int // since version 2
}

type limiter struct {
	st state
}

func restore(r io.Reader) (*limiter, error) {
	var st state
	if err := gob.NewDecoder(r).Decode(&st); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	return &limiter{st: st}, nil
}

func (l *limiter) allow(client string) bool {
	if l.st.Tokens[client] > 0 {
		l.st.Tokens[client]--
		return true
	}
	return false
}

func (l *limiter) grantBurst(client string, n int) {
	l.st.Burst[client] += n // want "nil map"
	l.st.Tokens[client] += n
}

func main() {
	var disk bytes.Buffer
	old := stateV1{Version: 1, Tokens: map[string]int{"10.0.0.1": 1, "10.0.0.2": 0}}
	if err := gob.NewEncoder(&disk).Encode(old); err != nil {
		fmt.Println("snapshot:", err)
		return
	}
	l, err := restore(&disk)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.allow("10.0.0.1"), l.allow("10.0.0.2"))
	l.grantBurst("10.0.0.2", 5)
	fmt.Println(l.allow("10.0.0.2"), l.st.Burst)
}
