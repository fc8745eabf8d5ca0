// On a missed tenant lookup the code returns before writing the quota map.
package main

import "fmt"

var quotas = map[string]map[string]int{
	"acme": {"cpu": 4},
}

func raise(tenant, resource string, by int) {
	q, ok := quotas[tenant]
	if !ok {
		fmt.Println("unknown tenant", tenant)
		return
	}
	q[resource] += by
}

func main() {
	raise("acme", "cpu", 2)
	raise("initech", "cpu", 1)
	fmt.Println(quotas["acme"]["cpu"])
}
