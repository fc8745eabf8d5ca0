// maps.Copy into a request's nil baggage map: Go panics inside maps.Copy, called here.
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
	child := &Span{Name: name}
	maps.Copy(child.Baggage, parent.Baggage) // want "nil map"
	return child
}

func main() {
	root := &Span{Name: "GET /", Baggage: map[string]string{"user": "alice"}}
	fmt.Println(childOf(root, "db.query").Name)
}
