// Near miss of pos_fix_pgproxy_lazy_handler_table, the fixed code of
// https://github.com/rueian/pgbroker/issues/3 (commit 583e3162a6bd): the server builds the handler
// of every message type once, before it accepts connections, and GetHandler only reads the map.
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
	return s.m[b]
}

func (s *clientMessageHandlers) init() {
	for _, b := range []byte{'Q', 'P'} {
		s.initHandler(b)
	}
}

func (s *clientMessageHandlers) initHandler(b byte) {
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
	s.m[b] = h
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
	handlers.init()
	conns := [][]string{{"Q select 1 "}, {"Q select now() "}}
	results := make([][]string, len(conns))
	var wg sync.WaitGroup
	for i, conn := range conns {
		wg.Go(func() { results[i] = processMessages(conn, handlers) })
	}
	wg.Wait()
	fmt.Printf("%q\n", results)
}
