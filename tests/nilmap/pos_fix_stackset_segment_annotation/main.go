// Reduced from the fix in https://github.com/zalando-incubator/stackset-controller/pull/619
// ("Ensure annotations map is not nil.", commit 8773eda): with traffic segments enabled, the
// controller marks every StackSet it reconciles with a segment annotation, and a StackSet listed
// from the API without any annotation decodes with a nil annotations map.
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
	if ss.Annotations[segmentsKey] == "true" {
		return false
	}
	ss.Annotations[segmentsKey] = "true" // want "nil map"
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
