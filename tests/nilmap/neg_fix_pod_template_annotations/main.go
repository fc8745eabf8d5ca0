// Near miss of pos_fix_pod_template_annotations, the fixed code of
// https://github.com/volcano-sh/kthena/pull/808 (commit f4d7fd56): the copy of the template's
// labels and annotations makes the pod's map when it is still nil.
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
		if p.Meta.Labels == nil {
			p.Meta.Labels = make(map[string]string)
		}
		for k, v := range meta.Labels {
			p.Meta.Labels[k] = v
		}
	}
	if meta.Annotations != nil {
		if p.Meta.Annotations == nil {
			p.Meta.Annotations = make(map[string]string)
		}
		for k, v := range meta.Annotations {
			p.Meta.Annotations[k] = v
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
