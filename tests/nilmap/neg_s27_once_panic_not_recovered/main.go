// A quota table is loaded once through sync.Once and its load panics on a bad entry before it
// makes the map; nothing recovers, so a bad entry would end the program rather than leave the
// table nil, and with good entries every override finds the map made.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Quotas struct {
	once  sync.Once
	raw   string
	bytes map[string]int
}

func (q *Quotas) load() {
	var entries [][2]string
	for _, entry := range strings.Split(q.raw, ";") {
		k, v, _ := strings.Cut(entry, ":")
		if _, err := strconv.Atoi(v); err != nil {
			panic(fmt.Sprintf("quota %q: %v", k, err))
		}
		entries = append(entries, [2]string{k, v})
	}
	q.bytes = make(map[string]int, len(entries))
	for _, e := range entries {
		n, _ := strconv.Atoi(e[1])
		q.bytes[e[0]] = n
	}
}

func (q *Quotas) Get(tenant string) int {
	q.once.Do(q.load)
	return q.bytes[tenant]
}

func (q *Quotas) Override(tenant string, n int) {
	q.once.Do(q.load)
	q.bytes[tenant] = n
}

func main() {
	q := &Quotas{raw: "acme:100;globex:250"}
	fmt.Println(q.Get("acme"))
	q.Override("initech", 75)
	fmt.Println(q.Get("initech"), q.Get("globex"))
}
