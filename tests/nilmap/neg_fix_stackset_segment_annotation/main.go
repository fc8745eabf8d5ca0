// Near miss of pos_fix_stackset_segment_annotation, the fixed code of
// https://github.com/zalando-incubator/stackset-controller/pull/619 (commit 8773eda): the
// annotations map of a StackSet listed without annotations is made before the injection.
package main

import (
	"encoding/json"
	"fmt"
)

const segmentsKey = "stackset-controller.zalando.org/use-traffic-segments"

type stackSet struct {
	Namespace   string            `json:"namespace"`
	Name        string            `json:"name"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

type controller struct {
	segmentsEnabled bool
	updated         []string
}

func (c *controller) injectSegmentAnnotation(ss *stackSet) bool {
	if !c.segmentsEnabled {
		return false
	}
	if ss.Annotations == nil {
		ss.Annotations = make(map[string]string)
	}
	if ss.Annotations[segmentsKey] == "true" {
		return false
	}
	ss.Annotations[segmentsKey] = "true"
	c.updated = append(c.updated, ss.Namespace+"/"+ss.Name)
	return true
}

// listed stands for the list response of the API server.
const listed = `[
	{"namespace": "shop", "name": "cart", "annotations": {"owner": "team-cart"}},
	{"namespace": "shop", "name": "search"}
]`

func main() {
	var items []stackSet
	if err := json.Unmarshal([]byte(listed), &items); err != nil {
		fmt.Println("list:", err)
		return
	}
	c := &controller{segmentsEnabled: true}
	for i := range items {
		c.injectSegmentAnnotation(&items[i])
	}
	fmt.Println("updated:", c.updated)
}
