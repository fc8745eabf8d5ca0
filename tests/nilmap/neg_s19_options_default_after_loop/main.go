// Functional options that make a map, and two constructors a caller may use without any
// option: one fills in the table after its option loop when no option made it, the other is
// always handed a non-empty option list. Every write finds the table made.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sender struct {
	url   string
	extra map[string]string
}

type SenderOption func(*Sender)

func WithHeader(k, v string) SenderOption {
	return func(s *Sender) {
		if s.extra == nil {
			s.extra = make(map[string]string)
		}
		s.extra[k] = v
	}
}

func NewSender(url string, opts ...SenderOption) *Sender {
	s := &Sender{url: url}
	for _, opt := range opts {
		opt(s)
	}
	if s.extra == nil {
		s.extra = map[string]string{}
	}
	return s
}

func newTagged(url string, opts ...SenderOption) *Sender {
	s := &Sender{url: url}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

func (s *Sender) sign(payload string) {
	s.extra["X-Signature"] = fmt.Sprintf("%x", len(payload)*31)
}

func (s *Sender) describe() string {
	keys := make([]string, 0, len(s.extra))
	for k := range s.extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return s.url + " [" + strings.Join(keys, ",") + "]"
}

func main() {
	audit := NewSender("https://audit.internal/hook")
	audit.sign(`{"event": "login"}`)
	fmt.Println(audit.describe())
	base := []SenderOption{WithHeader("X-Team", "ops")}
	ops := newTagged("https://ops.internal/hook", base...)
	ops.sign(`{"event": "page"}`)
	fmt.Println(ops.describe())
}
