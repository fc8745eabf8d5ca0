// maps.Copy into a made map, and maps.Copy from a nil map, are both fine.
package main

import (
	"fmt"
	"maps"
)

type Span struct {
	Name    string
	Baggage map[string]string
}

func childOf(parent *Span, name string) *Span {
	child := &Span{Name: name, Baggage: make(map[string]string, len(parent.Baggage))}
	maps.Copy(child.Baggage, parent.Baggage)
	return child
}

func main() {
	root := &Span{Name: "GET /", Baggage: map[string]string{"user": "alice"}}
	bare := &Span{Name: "cron"}
	fmt.Println(childOf(root, "db.query").Name, childOf(bare, "job").Name)
}
