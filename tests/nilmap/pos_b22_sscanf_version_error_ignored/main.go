// A quota service restores its state from a snapshot whose header carries a format
// version read with fmt.Sscanf. A newer writer dropped the "v"; the ignored scan error
// leaves version 0, the pre-quota path never makes the quotas map, and the override panics.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type state struct {
	version int
	tenants []string
	quotas  map[string]int
}

func decode(data string) (*state, error) {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	var version int
	fmt.Sscanf(lines[0], "quota-snapshot v%d", &version)
	st := &state{version: version}
	for _, line := range lines[1:] {
		name, limit, hasLimit := strings.Cut(strings.TrimSpace(line), " ")
		st.tenants = append(st.tenants, name)
		if version == 0 {
			// Snapshots from before quotas listed tenant names only.
			continue
		}
		if st.quotas == nil {
			st.quotas = make(map[string]int, len(lines)-1)
		}
		if !hasLimit {
			return nil, fmt.Errorf("tenant %s: no limit", name)
		}
		n, err := strconv.Atoi(limit)
		if err != nil {
			return nil, fmt.Errorf("tenant %s: %w", name, err)
		}
		st.quotas[name] = n
	}
	return st, nil
}

const snapshot = `quota-snapshot 3
acme 500
globex 1200
initech 50
`

func main() {
	st, err := decode(snapshot)
	if err != nil {
		fmt.Println("restore:", err)
		return
	}
	// The internal tenant is always allowed a large quota, whatever the snapshot said.
	st.quotas["internal"] = 1 << 20 // want "nil map"
	for _, t := range append(st.tenants, "internal") {
		fmt.Printf("%-8s %d\n", t, st.quotas[t])
	}
}
