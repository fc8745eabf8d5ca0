// The embedded default config has a "limits" object, so Unmarshal makes the map.
package main

import (
	"encoding/json"
	"fmt"
)

type Quotas struct {
	Limits map[string]int `json:"limits"`
}

const defaultQuotas = `{"limits": {"requests": 100}}`

func main() {
	var q Quotas
	if err := json.Unmarshal([]byte(defaultQuotas), &q); err != nil {
		panic(err)
	}
	q.Limits["uploads"] = 5
	fmt.Println(len(q.Limits))
}
