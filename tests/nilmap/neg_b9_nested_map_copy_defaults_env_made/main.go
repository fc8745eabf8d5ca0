// A config service layers per-environment settings on the shared defaults. Each environment's
// table is seeded with maps.Copy from the defaults before its own overrides are applied; an
// environment named for the first time (canary) gets a table made before the copy.
package main

import (
	"fmt"
	"maps"
)

var defaults = map[string]string{"log_level": "info", "timeout": "5s", "replicas": "2"}

func seed(envs map[string]map[string]string, env string) {
	if envs[env] == nil {
		envs[env] = make(map[string]string, len(defaults))
	}
	maps.Copy(envs[env], defaults)
}

func main() {
	envs := map[string]map[string]string{
		"staging": {"log_level": "debug"},
		"prod":    {"replicas": "6"},
	}
	overrides := map[string]map[string]string{
		"staging": {"log_level": "debug"},
		"prod":    {"replicas": "6"},
		"canary":  {"replicas": "1"},
	}
	for _, env := range []string{"staging", "prod", "canary"} {
		seed(envs, env)
		maps.Copy(envs[env], overrides[env])
	}
	fmt.Println(envs["staging"]["log_level"], envs["prod"]["replicas"], envs["canary"]["timeout"])
}
