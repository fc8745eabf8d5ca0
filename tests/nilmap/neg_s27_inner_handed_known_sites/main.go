// A site registry hands the settings of a site, looked up in a map of maps, to a helper that
// stamps the deploy time into them; the only site deployed is one the registry holds.
package main

import "fmt"

type Registry struct {
	settings map[string]map[string]string
}

func stamp(settings map[string]string, at string) {
	settings["deployed_at"] = at
}

func (r *Registry) deploy(site string) {
	stamp(r.settings[site], "2026-01-05T10:00:00Z")
}

func main() {
	r := &Registry{settings: map[string]map[string]string{
		"docs": {"theme": "dark"},
		"shop": {"currency": "EUR"},
	}}
	r.deploy("shop")
	fmt.Println(r.settings["shop"]["deployed_at"], len(r.settings["docs"]))
}
