// An easyjson-style decoder loops over an object's keys; under "metadata" it makes the map when
// the nested object is not empty and sets it to nil otherwise, then loops on the same delimiter
// test to fill it. Coming back to the inner loop means passing the make-or-nil choice again (the
// next key), so the fill loop runs only over a made map. A near miss.
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
	Name     string
	Metadata map[string]string
}

func (out *sample) decode(in *lexer) {
	in.want("{")
	for !in.IsDelim("}") {
		key := in.next()
		in.want(":")
		switch key {
		case "metadata":
			in.want("{")
			if !in.IsDelim("}") {
				out.Metadata = make(map[string]string)
			} else {
				out.Metadata = nil
			}
			for !in.IsDelim("}") {
				k := in.next()
				in.want(":")
				out.Metadata[k] = in.next()
				in.wantComma()
			}
			in.want("}")
		default:
			out.Name = in.next()
		}
		in.wantComma()
	}
	in.want("}")
}

func main() {
	for _, doc := range []string{`{"name":"a","metadata":{"vu":"1","iter":"7"}}`, `{"metadata":{},"name":"b"}`} {
		var s sample
		s.decode(newLexer(doc))
		fmt.Println(len(s.Metadata), s.Metadata == nil)
	}
}
