// Every object is created with its annotations, so the uninstall marker finds a map.
package main

import "fmt"

type Object struct {
	name        string
	annotations map[string]string
}

func (o *Object) GetAnnotations() map[string]string { return o.annotations }

func (o *Object) SetAnnotations(a map[string]string) { o.annotations = a }

func markForUninstall(o *Object) {
	ann := o.GetAnnotations()
	ann["policy/uninstalling"] = "true"
	o.SetAnnotations(ann)
}

func main() {
	objs := []*Object{
		{name: "with", annotations: map[string]string{"owner": "ops"}},
		{name: "empty", annotations: map[string]string{}},
	}
	for _, o := range objs {
		markForUninstall(o)
	}
	fmt.Println(len(objs))
}
