// A notification client keeps message templates by channel and clones one per send with
// maps.Clone of its fields; the digest template has no fields, but the client only ever sends
// on the channels whose templates carry them.
package main

import (
	"fmt"
	"maps"
)

type Template struct {
	Subject string
	Fields  map[string]string
}

func (t *Template) Clone() *Template {
	c := *t
	c.Fields = maps.Clone(t.Fields)
	return &c
}

var templates = map[string]*Template{
	"alert":  {Subject: "Alert", Fields: map[string]string{"severity": "high"}},
	"notice": {Subject: "Notice", Fields: map[string]string{"severity": "low"}},
	"digest": {Subject: "Digest"},
}

func send(channel string, seq int) (string, error) {
	tmpl, ok := templates[channel]
	if !ok {
		return "", fmt.Errorf("no template for %s", channel)
	}
	msg := tmpl.Clone()
	msg.Fields["seq"] = fmt.Sprint(seq)
	return fmt.Sprintf("%s %d fields", msg.Subject, len(msg.Fields)), nil
}

func main() {
	for i, ch := range []string{"alert", "notice", "alert"} {
		line, err := send(ch, i)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(line)
	}
}
