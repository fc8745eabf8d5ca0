// A tenant's quota map is looked up; on a miss the code logs and carries on with the nil map.
package main

import "fmt"

var quotas = map[string]map[string]int{
	"acme": {"cpu": 4},
}

func raise(tenant, resource string, by int) {
	q, ok := quotas[tenant]
	if !ok {
		fmt.Println("unknown tenant", tenant)
	}
	q[resource] += by // want "nil map"
}

func main() {
	raise("acme", "cpu", 2)
	raise("initech", "cpu", 1)
	fmt.Println(quotas["acme"]["cpu"])
}
