// A metrics endpoint serialises the counters with json.Marshal under the same lock that the
// recorder holds while it counts.
package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type metrics struct {
	mu       sync.Mutex
	counters map[string]int64
}

func (m *metrics) inc(name string) {
	m.mu.Lock()
	m.counters[name]++
	m.mu.Unlock()
}

func (m *metrics) export() ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return json.Marshal(m.counters)
}

func main() {
	m := &metrics{counters: map[string]int64{"requests": 1}}
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	var body []byte
	wg.Go(func() {
		arrived.Done()
		arrived.Wait()
		m.inc("errors")
	})
	wg.Go(func() {
		arrived.Done()
		arrived.Wait()
		body, _ = m.export()
	})
	wg.Wait()
	fmt.Println(len(body) > 0)
}
