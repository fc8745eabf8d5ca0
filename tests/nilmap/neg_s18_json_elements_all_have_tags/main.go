// An inventory loader decodes its hosts from a constant JSON array and stamps each host's tags
// with the inventory's name through a helper. Every host in the array has a "tags" object, so
// each decoded Tags map is made and the stamp never meets a nil map.
package main

import (
	"encoding/json"
	"fmt"
)

type Host struct {
	Name string            `json:"name"`
	Tags map[string]string `json:"tags"`
}

func stamp(h *Host, inventory string) {
	h.Tags["inventory"] = inventory
}

const hosts = `[
  {"name": "db-1", "tags": {"role": "db"}},
  {"name": "web-1", "tags": {}}
]`

func main() {
	var list []Host
	if err := json.Unmarshal([]byte(hosts), &list); err != nil {
		fmt.Println("hosts:", err)
		return
	}
	for i := range list {
		stamp(&list[i], "prod")
		fmt.Println(list[i].Name, len(list[i].Tags))
	}
}
