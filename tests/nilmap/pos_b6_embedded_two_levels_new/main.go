// Resources of a deployment controller embed ObjectMeta through a Resource base. The
// controller builds its Deployment with new and sets fields one by one, as the other kinds do
// in their constructors, but forgets the labels map; SetLabel, promoted through two
// embeddings, then writes to a nil map.
package main

import "fmt"

type ObjectMeta struct {
	Name   string
	Labels map[string]string
}

func (m *ObjectMeta) SetLabel(key, value string) {
	m.Labels[key] = value // want "nil map"
}

type Resource struct {
	ObjectMeta
	Kind string
}

type Deployment struct {
	Resource
	Replicas int
}

func NewService(name string) *Resource {
	r := new(Resource)
	r.Name, r.Kind = name, "Service"
	r.Labels = make(map[string]string)
	return r
}

func main() {
	svc := NewService("web")
	svc.SetLabel("app", "web")

	d := new(Deployment)
	d.Name, d.Kind, d.Replicas = "web", "Deployment", 3
	d.SetLabel("app", d.Name)
	d.SetLabel("tier", "frontend")
	fmt.Println(svc.Kind, svc.Labels, d.Kind, d.Replicas, d.Labels)
}
