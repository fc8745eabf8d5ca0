// A metrics endpoint serialises the counters with json.Marshal without taking the lock that
// the recorder holds while it counts; encoding ranges over the map while the recorder writes.
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
	m.counters[name]++ // want "concurrent map write"
	m.mu.Unlock()
}

func (m *metrics) export() ([]byte, error) {
	return json.Marshal(m.counters) // other access
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
