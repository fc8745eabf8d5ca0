// Reduced from the fix in https://github.com/fluxcd/pkg/pull/868 ("Fix panic on nil map entry
// assignment for custom event metadata", commit 51166e72): the event recorder clones the
// caller's annotations and adds the object's own event-metadata annotations to the clone, but
// Event and Eventf pass nil annotations, and maps.Clone of a nil map is nil.
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
				annotations[k] = v // want "nil map"
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
