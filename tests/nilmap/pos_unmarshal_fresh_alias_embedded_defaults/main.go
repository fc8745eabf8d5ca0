// A deploy tool starts from a Target whose constructor makes its annotations map, then applies
// the defaults embedded in the binary. Target's UnmarshalJSON decodes into a fresh alias value
// and assigns it over the receiver to validate the region first, so the defaults, which name no
// annotations, replace the made map with nil before the tool annotates the target.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Target struct {
	Region      string            `json:"region"`
	Replicas    int               `json:"replicas"`
	Annotations map[string]string `json:"annotations"`
}

func NewTarget() *Target {
	return &Target{Replicas: 1, Annotations: make(map[string]string)}
}

func (t *Target) UnmarshalJSON(data []byte) error {
	type raw Target
	var decoded raw
	if err := json.Unmarshal(data, &decoded); err != nil {
		return err
	}
	if decoded.Region == "" {
		return errors.New("target: region is required")
	}
	*t = Target(decoded)
	return nil
}

const defaults = `{"region": "eu-central-1", "replicas": 2}`

func main() {
	t := NewTarget()
	if err := json.Unmarshal([]byte(defaults), t); err != nil {
		fmt.Println("defaults:", err)
		return
	}
	t.Annotations["deployed-by"] = "shipit" // want "nil map"
	fmt.Println(t.Region, t.Replicas, t.Annotations)
}
