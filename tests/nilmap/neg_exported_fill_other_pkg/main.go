// An exported function writes into its parameter; every caller in the module passes a made map.
package main

import (
	"fmt"

	"example.com/nilmapcorpus/neg_exported_fill_other_pkg/labels"
)

func main() {
	common := map[string]string{"team": "infra"}
	pod := make(map[string]string, len(common)+1)
	labels.Merge(pod, common)
	pod["app"] = "web"
	fmt.Println(len(pod))
}
