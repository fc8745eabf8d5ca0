// A rate-limit table is loaded once through sync.Once; the load makes the map before it
// parses, so when it panics on a bad limit and the caller recovers, the table is empty but
// made and the next override goes in.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Limits struct {
	once   sync.Once
	raw    string
	perKey map[string]int
}

func (l *Limits) load() {
	l.perKey = make(map[string]int)
	var parsed [][2]string
	for _, entry := range strings.Split(l.raw, ",") {
		k, v, _ := strings.Cut(entry, "=")
		if _, err := strconv.Atoi(v); err != nil {
			panic(fmt.Sprintf("limit %q: %v", k, err))
		}
		parsed = append(parsed, [2]string{k, v})
	}
	for _, kv := range parsed {
		n, _ := strconv.Atoi(kv[1])
		l.perKey[kv[0]] = n
	}
}

func (l *Limits) Get(key string) (limit int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("limits unavailable: %v", r)
		}
	}()
	l.once.Do(l.load)
	return l.perKey[key], nil
}

func (l *Limits) Override(key string, n int) {
	l.once.Do(l.load)
	l.perKey[key] = n
}

func main() {
	limits := &Limits{raw: "search=100,upload=ten,export=5"}
	if _, err := limits.Get("search"); err != nil {
		fmt.Println("warning:", err)
	}
	limits.Override("upload", 10)
	n, _ := limits.Get("upload")
	fmt.Println("upload limit", n)
}
