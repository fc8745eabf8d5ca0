// A hand-written decoder in easyjson's style sets the metadata map to nil for an empty object,
// then loops until a different delimiter than the one it tested: for `{}` the loop body runs on
// the `}` token and writes into the nil map. The positive beside
// neg_real_k6_easyjson_delim_checked, where both tests ask for the same delimiter.
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
	for !in.IsDelim("]") {
		key := in.next()
		if key == "" {
			break
		}
		out.Metadata[key] = in.next() // want "nil map"
	}
}

func main() {
	for _, doc := range []string{`{"vu":"1","iter":"7"}`, `{}`} {
		var s sample
		s.decode(newLexer(doc))
		fmt.Println(len(s.Metadata), s.Metadata == nil)
	}
}
