// Reduced from k8s.io/client-go v0.37.2, applyconfigurations/core/v1/configmap.go:285
// (ConfigMapApplyConfiguration.WithData, called by kubernetes/fake/clientset_generated_test.go:81)
// and applyconfigurations/meta/v1/labelselector.go:56 (WithMatchLabels, example_test.go:306),
// where mapscope check reported a nil-map write to `b.Data`. Every generated With<Map> method
// makes the field under `if b.Data == nil && len(entries) > 0` and writes it in
// `for k, v := range entries`: the field stays nil only when entries is empty, and then the loop
// runs no iteration. A near miss: the length test sits under the nil test, so it does not
// dominate the write, yet every path that reaches the write with the field nil has passed it.
// Our own rewrite.
package main

import "fmt"

type configMapApply struct {
	Name *string
	Data map[string]string
}

func configMap(name string) *configMapApply {
	b := &configMapApply{}
	b.Name = &name
	return b
}

func (b *configMapApply) WithData(entries map[string]string) *configMapApply {
	if b.Data == nil && len(entries) > 0 {
		b.Data = make(map[string]string, len(entries))
	}
	for k, v := range entries {
		b.Data[k] = v
	}
	return b
}

func main() {
	a := configMap("first").WithData(map[string]string{"k1": "v1"})
	b := configMap("second").WithData(nil)
	c := configMap("third").WithData(map[string]string{}).WithData(map[string]string{"k": "v"})
	fmt.Println(len(a.Data), len(b.Data), len(c.Data), b.Data == nil)
}
