// The object created without annotations gets them before the uninstall loop runs.
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
		{name: "without"},
	}
	objs[1].SetAnnotations(map[string]string{"owner": "platform"})
	for _, o := range objs {
		markForUninstall(o)
	}
	fmt.Println(len(objs))
}
