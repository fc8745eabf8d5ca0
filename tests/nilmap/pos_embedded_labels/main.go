// An embedded struct's map, promoted through the outer literal, is never made.
package main

import "fmt"

type Meta struct {
	Name   string
	Labels map[string]string
}

type Deployment struct {
	Meta
	Replicas int
}

func main() {
	d := Deployment{Meta: Meta{Name: "web"}, Replicas: 3}
	d.Labels["app"] = d.Name // want "nil map"
	fmt.Println(d)
}
