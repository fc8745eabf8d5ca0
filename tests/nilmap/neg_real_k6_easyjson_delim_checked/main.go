// Reduced from k6 v1.8.1, internal/output/json/json_easyjson.go:143 (and vegeta v12.13.0,
// lib/targets_easyjson.go:81), where mapscope check reported a nil-map write in easyjson's
// generated decoder: after `{` it makes the map when the next token is not `}` and sets it to
// nil otherwise, then loops `for !in.IsDelim('}')` writing entries. IsDelim fetches the next
// token once and only looks at it on a second call, so the loop body runs exactly when the map
// was made. A near miss: two calls of one side-effect-free (after the first) predicate agree.
// Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

// lexer is a tiny tokenizer over `{"k":"v",...}`: delimiters and bare words.
type lexer struct {
	toks    []string
	pos     int
	fetched bool
}

func newLexer(s string) *lexer {
	r := strings.NewReplacer("{", " { ", "}", " } ", ":", " : ", ",", " , ", `"`, " ")
	return &lexer{toks: strings.Fields(r.Replace(s))}
}

func (l *lexer) fetch() {
	if !l.fetched {
		l.fetched = true
	}
}

// IsDelim reports whether the current token is the delimiter c (or the input is used up).
func (l *lexer) IsDelim(c string) bool {
	l.fetch()
	return l.pos >= len(l.toks) || l.toks[l.pos] == c
}

func (l *lexer) next() string {
	l.fetch()
	if l.pos >= len(l.toks) {
		return ""
	}
	t := l.toks[l.pos]
	l.pos++
	l.fetched = false
	return t
}

func (l *lexer) want(c string) {
	if l.next() != c {
		panic("syntax error")
	}
}

func (l *lexer) wantComma() {
	if !l.IsDelim("}") {
		l.want(",")
	}
}

type sample struct {
	Metadata map[string]string
}

func (out *sample) decode(in *lexer) {
	in.want("{")
	if !in.IsDelim("}") {
		out.Metadata = make(map[string]string)
	} else {
		out.Metadata = nil
	}
	for !in.IsDelim("}") {
		key := in.next()
		in.want(":")
		out.Metadata[key] = in.next()
		in.wantComma()
	}
	in.want("}")
}

func main() {
	for _, doc := range []string{`{"vu":"1","iter":"7"}`, `{}`} {
		var s sample
		s.decode(newLexer(doc))
		fmt.Println(len(s.Metadata), s.Metadata == nil)
	}
}
