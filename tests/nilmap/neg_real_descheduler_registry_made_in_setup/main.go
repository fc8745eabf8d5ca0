// Reduced from kubernetes-sigs/descheduler v0.36.0, pkg/framework/pluginregistry/pluginregistry.go:65,
// where mapscope check reported a nil-map write to `registry` when SetupPlugins calls
// RegisterDefaultPlugins, saying that the package variable PluginRegistry (:27) is declared
// without a value and that no code of the module makes it. SetupPlugins
// (pkg/descheduler/setupplugins.go:34) sets it to `pluginregistry.NewRegistry()`, which returns
// the composite literal `Registry{}` of the named map type, on the line before it passes it on.
// A near miss: the package variable is made by its setup right before the registrations. Our
// own rewrite.
package main

import (
	"fmt"
	"strings"

	"example.com/nilmapcorpus/neg_real_descheduler_registry_made_in_setup/pluginregistry"
)

func newPodLifeTime(args string) (string, error)  { return "PodLifeTime(" + args + ")", nil }
func newDuplicates(args string) (string, error)   { return "RemoveDuplicates(" + args + ")", nil }
func newFailedPods(args string) (string, error)   { return "RemoveFailedPods(" + args + ")", nil }
func newLowNodeUsage(args string) (string, error) { return "LowNodeUtilization(" + args + ")", nil }

func setupPlugins() {
	pluginregistry.PluginRegistry = pluginregistry.NewRegistry()
	registerDefaultPlugins(pluginregistry.PluginRegistry)
}

func registerDefaultPlugins(registry pluginregistry.Registry) {
	pluginregistry.Register("PodLifeTime", newPodLifeTime, "maxPodLifeTimeSeconds=86400", registry)
	pluginregistry.Register("RemoveDuplicates", newDuplicates, "", registry)
	pluginregistry.Register("RemoveFailedPods", newFailedPods, "reasons=OOMKilled", registry)
	pluginregistry.Register("LowNodeUtilization", newLowNodeUsage, "thresholds=20", registry)
}

func main() {
	setupPlugins()
	var names []string
	for name, utilities := range pluginregistry.PluginRegistry {
		plugin, err := utilities.PluginBuilder(utilities.PluginArgs)
		if err != nil {
			panic(err)
		}
		names = append(names, name+"="+plugin)
	}
	fmt.Println(len(names), strings.Contains(strings.Join(names, ","), "PodLifeTime"))
}
