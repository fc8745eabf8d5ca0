// Near miss of pos_fix_event_metadata_clone, the fixed code of
// https://github.com/fluxcd/pkg/pull/868 (commit 51166e72): the clone of the caller's
// annotations, nil when the caller passed none, is made before the object's metadata is added.
package main

import (
	"fmt"
	"maps"
	"strings"
)

const metadataGroup = "event.toolkit.fluxcd.io"

type object interface{ Kind() string }

type kustomization struct {
	name        string
	annotations map[string]string
}

func (k *kustomization) Kind() string                      { return "Kustomization/" + k.name }
func (k *kustomization) GetAnnotations() map[string]string { return k.annotations }

type recorder struct{ sent []string }

func (r *recorder) Eventf(obj object, reason, format string, args ...any) {
	r.AnnotatedEventf(obj, nil, reason, format, args...)
}

func (r *recorder) AnnotatedEventf(obj object, input map[string]string, reason, format string, args ...any) {
	annotations := maps.Clone(input)
	if annotated, ok := obj.(interface{ GetAnnotations() map[string]string }); ok {
		for k, v := range annotated.GetAnnotations() {
			if strings.HasPrefix(k, metadataGroup+"/") {
				if annotations == nil {
					annotations = make(map[string]string)
				}
				annotations[k] = v
			}
		}
	}
	msg := fmt.Sprintf(format, args...)
	r.sent = append(r.sent, fmt.Sprintf("%s %s: %s %v", obj.Kind(), reason, msg, annotations))
}

func main() {
	r := &recorder{}
	apps := &kustomization{name: "apps", annotations: map[string]string{"team": "platform"}}
	r.AnnotatedEventf(apps, map[string]string{"revision": "main@sha1:4f2c"}, "Progressing", "applied")
	infra := &kustomization{name: "infra", annotations: map[string]string{
		metadataGroup + "/env": "prod",
	}}
	r.Eventf(infra, "ReconciliationSucceeded", "applied %d objects", 12)
	for _, line := range r.sent {
		fmt.Println(line)
	}
}
