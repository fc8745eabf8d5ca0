// A Kubernetes-style controller defaults the map fields of an object's metadata before it
// reconciles: a loop over pointers to the fields makes every nil one. Annotations were added
// to the struct later and to the list with them, so stamping the revision annotation writes
// to a made map.
package main

import (
	"fmt"
	"strconv"
)

type ObjectMeta struct {
	Name        string
	Labels      map[string]string
	Selector    map[string]string
	Annotations map[string]string
}

func setDefaults(m *ObjectMeta) {
	for _, field := range []*map[string]string{&m.Labels, &m.Selector, &m.Annotations} {
		if *field == nil {
			*field = map[string]string{}
		}
	}
	if m.Labels["app"] == "" {
		m.Labels["app"] = m.Name
	}
}

func reconcile(m *ObjectMeta, revision int) {
	setDefaults(m)
	m.Selector["app"] = m.Labels["app"]
	m.Annotations["deploy.example.com/revision"] = strconv.Itoa(revision)
}

func main() {
	obj := &ObjectMeta{Name: "checkout"}
	reconcile(obj, 7)
	fmt.Println(obj.Name, obj.Labels, obj.Selector, obj.Annotations)
}
