// A replica poller asks each replica in turn for its routing snapshot and keeps the last one
// it got. A replica still warming up answers with no snapshot and no error, and when the last
// replica asked is warming up the poller pins the local route into a nil map.
package main

import "fmt"

type replica struct {
	name  string
	ready bool
}

func (r replica) snapshot() map[string]string {
	if !r.ready {
		return nil
	}
	return map[string]string{"orders": r.name + ":7000"}
}

func poll(replicas []replica) map[string]string {
	routes := map[string]string{}
	for i := 0; i < len(replicas); i++ {
		routes = replicas[i].snapshot()
	}
	routes["local"] = "127.0.0.1:7000" // want "nil map"
	return routes
}

func main() {
	fmt.Println(poll([]replica{{name: "r1", ready: true}, {name: "r2"}}))
}
