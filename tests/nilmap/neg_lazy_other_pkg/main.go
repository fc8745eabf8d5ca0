// A zero value of another package's type whose methods make the map lazily.
package main

import (
	"fmt"

	"example.com/nilmapcorpus/neg_lazy_other_pkg/metrics"
)

type server struct {
	stats metrics.Counters
}

func main() {
	var s server
	s.stats.Add("requests", 1)
	s.stats.Add("requests", 1)
	fmt.Println(s.stats.Get("requests"))
}
