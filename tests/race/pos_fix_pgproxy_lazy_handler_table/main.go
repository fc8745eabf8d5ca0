// Reduced from the fix of https://github.com/rueian/pgbroker/issues/3 ("Concurrent map writes in
// GetHandler()"), commit https://github.com/rueian/pgbroker/commit/583e3162a6bd ("fix: concurrent
// map update in ServerMessageHandlers/ClientMessageHandlers"): a Postgres proxy builds the
// handler of a message type lazily, on the first GetHandler call, into a map shared by the
// server, and every client connection's goroutine calls GetHandler.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type MessageHandler func(raw string) string

type MessageHandlerRegister interface {
	GetHandler(b byte) MessageHandler
}

type clientMessageHandlers struct {
	m           map[byte]MessageHandler
	handleQuery []func(string) string
	handleParse []func(string) string
}

func (s *clientMessageHandlers) GetHandler(b byte) MessageHandler {
	if handler, ok := s.m[b]; ok { // other access
		return handler
	}
	var chain []func(string) string
	switch b {
	case 'Q':
		chain = s.handleQuery
	case 'P':
		chain = s.handleParse
	}
	var h MessageHandler
	if len(chain) > 0 {
		h = func(raw string) string {
			for _, f := range chain {
				raw = f(raw)
			}
			return raw
		}
	}
	s.m[b] = h // want "concurrent map write"
	return h
}

func processMessages(conn []string, hg MessageHandlerRegister) []string {
	var out []string
	for _, ms := range conn {
		if handler := hg.GetHandler(ms[0]); handler != nil {
			ms = handler(ms)
		}
		out = append(out, ms)
	}
	return out
}

func main() {
	handlers := &clientMessageHandlers{
		m:           make(map[byte]MessageHandler),
		handleQuery: []func(string) string{strings.TrimSpace},
	}
	conns := [][]string{{"Q select 1 "}, {"Q select now() "}}
	results := make([][]string, len(conns))
	var wg sync.WaitGroup
	for i, conn := range conns {
		wg.Go(func() { results[i] = processMessages(conn, handlers) })
	}
	wg.Wait()
	fmt.Printf("%q\n", results)
}
