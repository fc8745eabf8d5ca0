// Reduced from hashicorp/nomad/api (v0.0.0-20261016150620-df630b26e78a), jobs.go:1085
// (JobSubmission.Canonicalize), where mapscope check reported a nil-map write: an empty map of
// variable flags is replaced by nil, then every flag is escaped in place inside `for k, v :=
// range js.VariableFlags { js.VariableFlags[k] = ... }`. A near miss: the write runs only inside
// a range over the very map it writes, and ranging over a nil map runs no iteration. Our own
// rewrite.
package main

import (
	"fmt"
	"net/url"
)

type jobSubmission struct {
	Source        string
	VariableFlags map[string]string
}

func (js *jobSubmission) Canonicalize() {
	if js == nil {
		return
	}
	if len(js.VariableFlags) == 0 {
		js.VariableFlags = nil
	}
	// Escape multi-line values so that they survive a round trip through the UI.
	for k, v := range js.VariableFlags {
		js.VariableFlags[k] = url.QueryEscape(v)
	}
}

func main() {
	subs := []*jobSubmission{
		{Source: "job a {}", VariableFlags: map[string]string{}},
		{Source: "job b {}", VariableFlags: map[string]string{"motd": "hello\nworld"}},
		{Source: "job c {}"},
		nil,
	}
	for _, js := range subs {
		js.Canonicalize()
		if js != nil {
			fmt.Println(js.Source, js.VariableFlags == nil, js.VariableFlags["motd"])
		}
	}
}
