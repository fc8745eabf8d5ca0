// json.Unmarshal into a map variable allocates it, so the later write is fine.
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var flags map[string]bool
	if err := json.Unmarshal([]byte(`{"beta": true}`), &flags); err != nil {
		panic(err)
	}
	flags["dark-mode"] = false
	fmt.Println(len(flags))
}
