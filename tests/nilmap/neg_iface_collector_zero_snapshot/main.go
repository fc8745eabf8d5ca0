// A node agent asks each of its collectors, through an interface, to add its gauges to a
// snapshot; the snapshot's gauges map is made before the first collector runs.
package main

import "fmt"

type collector interface {
	collect(gauges map[string]float64)
}

type cpuCollector struct{ cores int }

func (c cpuCollector) collect(gauges map[string]float64) {
	gauges["cpu.cores"] = float64(c.cores)
}

type memCollector struct{ totalMB, freeMB int }

func (m *memCollector) collect(gauges map[string]float64) {
	gauges["mem.used_mb"] = float64(m.totalMB - m.freeMB)
}

type snapshot struct {
	host   string
	gauges map[string]float64
}

func gather(host string, cs []collector) snapshot {
	var snap snapshot
	snap.host = host
	snap.gauges = make(map[string]float64, 2*len(cs))
	for _, c := range cs {
		c.collect(snap.gauges)
	}
	return snap
}

func main() {
	snap := gather("node-7", []collector{cpuCollector{cores: 8}, &memCollector{totalMB: 16384, freeMB: 9000}})
	fmt.Println(snap.host, snap.gauges)
}
