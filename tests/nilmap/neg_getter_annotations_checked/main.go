// The uninstall marker makes the annotations when the getter returns none (the fixed code).
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
	if ann == nil {
		ann = map[string]string{}
	}
	ann["policy/uninstalling"] = "true"
	o.SetAnnotations(ann)
}

func main() {
	objs := []*Object{
		{name: "with", annotations: map[string]string{"owner": "ops"}},
		{name: "without"},
	}
	for _, o := range objs {
		markForUninstall(o)
	}
	fmt.Println(len(objs))
}
