// Shape of a real fix: open-cluster-management-io/config-policy-controller PR #328, after the
// fix: a nil map from GetAnnotations() is replaced by a new one before the write.
// This program is our own reproduction of that shape, not the project's code.
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
		ann = make(map[string]string, 1)
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
	fmt.Println(len(objs), objs[1].annotations)
}
