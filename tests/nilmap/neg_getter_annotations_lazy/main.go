// The annotations getter makes the map on first use, so objects created without one are fine.
package main

import "fmt"

type Object struct {
	name        string
	annotations map[string]string
}

func (o *Object) Annotations() map[string]string {
	if o.annotations == nil {
		o.annotations = map[string]string{}
	}
	return o.annotations
}

func markForUninstall(o *Object) {
	o.Annotations()["policy/uninstalling"] = "true"
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
