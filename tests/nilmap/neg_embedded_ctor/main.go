// The embedded struct comes from a constructor that makes its map.
package main

import "fmt"

type Meta struct {
	Name   string
	Labels map[string]string
}

func NewMeta(name string) Meta {
	return Meta{Name: name, Labels: map[string]string{}}
}

type Deployment struct {
	Meta
	Replicas int
}

func main() {
	d := Deployment{Meta: NewMeta("web"), Replicas: 3}
	d.Labels["app"] = d.Name
	fmt.Println(d)
}
