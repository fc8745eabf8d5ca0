// A rate-limit table is loaded once through sync.Once; the first load panics on a bad limit
// before it makes the map, the caller recovers and carries on, and since Once never runs the
// function again the next override is written into the nil table.
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
	var parsed [][2]string
	for _, entry := range strings.Split(l.raw, ",") {
		k, v, _ := strings.Cut(entry, "=")
		if _, err := strconv.Atoi(v); err != nil {
			panic(fmt.Sprintf("limit %q: %v", k, err))
		}
		parsed = append(parsed, [2]string{k, v})
	}
	l.perKey = make(map[string]int, len(parsed))
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
	l.perKey[key] = n // want "nil map"
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
