// A webhook sender is built with functional options. Only WithHeader makes the sender's extra
// header table; the audit sender is built with no options at all, so the constructor's option
// loop never runs, the table stays nil and signing the first delivery writes into it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sender struct {
	url     string
	retries int
	extra   map[string]string
}

type SenderOption func(*Sender)

func WithRetries(n int) SenderOption { return func(s *Sender) { s.retries = n } }

func WithHeader(k, v string) SenderOption {
	return func(s *Sender) {
		if s.extra == nil {
			s.extra = make(map[string]string)
		}
		s.extra[k] = v
	}
}

func NewSender(url string, opts ...SenderOption) *Sender {
	s := &Sender{url: url, retries: 1}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

func (s *Sender) sign(payload string) {
	s.extra["X-Signature"] = fmt.Sprintf("%x", len(payload)*31) // want "nil map"
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
	billing := NewSender("https://billing.internal/hook", WithRetries(3), WithHeader("X-Team", "billing"))
	billing.sign(`{"invoice": 7}`)
	fmt.Println(billing.describe())
	audit := NewSender("https://audit.internal/hook")
	audit.sign(`{"event": "login"}`)
	fmt.Println(audit.describe())
}
