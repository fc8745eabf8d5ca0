// A usage meter keeps bytes per tenant and per API; a tenant seen for the first time has no inner map.
package main

import "fmt"

type Meter struct {
	usage map[string]map[string]int64 // tenant -> api -> bytes
}

func (m *Meter) Record(tenant, api string, n int64) {
	if m.usage == nil {
		m.usage = make(map[string]map[string]int64)
	}
	m.usage[tenant][api] += n // want "nil map|inner map"
}

func main() {
	var m Meter
	m.Record("acme", "/v1/upload", 1<<20)
	fmt.Println(len(m.usage))
}
