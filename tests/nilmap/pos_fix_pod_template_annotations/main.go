// Reduced from the fix in https://github.com/volcano-sh/kthena/pull/808 ("fix controller panic
// when create modelserving with pod annotations", commit f4d7fd56): the base pod a serving
// controller builds for a role has its labels map but no annotations map, and copying the
// annotations of the role's pod template onto it writes into the nil map.
package main

import "fmt"

type objectMeta struct {
	Name        string
	Labels      map[string]string
	Annotations map[string]string
}

type pod struct{ Meta objectMeta }

type templateMeta struct {
	Labels      map[string]string
	Annotations map[string]string
}

type role struct {
	Name     string
	Template *templateMeta
}

func newBasePod(r role, group string, index int) *pod {
	return &pod{Meta: objectMeta{
		Name:   fmt.Sprintf("%s-%s-%d", group, r.Name, index),
		Labels: map[string]string{"serving/group": group, "serving/role": r.Name},
	}}
}

func applyTemplateMeta(p *pod, meta *templateMeta) {
	if meta == nil {
		return
	}
	if meta.Labels != nil {
		for k, v := range meta.Labels {
			p.Meta.Labels[k] = v
		}
	}
	if meta.Annotations != nil {
		for k, v := range meta.Annotations {
			p.Meta.Annotations[k] = v // want "nil map"
		}
	}
}

func entryPod(r role, group string, index int) *pod {
	p := newBasePod(r, group, index)
	applyTemplateMeta(p, r.Template)
	return p
}

func main() {
	plain := role{Name: "prefill"}
	fmt.Println(entryPod(plain, "llama", 0).Meta.Name)
	annotated := role{Name: "decode", Template: &templateMeta{
		Labels:      map[string]string{"tier": "gpu"},
		Annotations: map[string]string{"prometheus.io/scrape": "true"},
	}}
	p := entryPod(annotated, "llama", 1)
	fmt.Println(p.Meta.Name, p.Meta.Labels, p.Meta.Annotations)
}
