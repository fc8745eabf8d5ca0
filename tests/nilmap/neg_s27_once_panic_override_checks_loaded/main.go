// A feature-flag table is loaded once through sync.Once; a bad entry panics before the map is
// made and the reader recovers, so the override checks that the table loaded before writing.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Flags struct {
	once sync.Once
	raw  string
	on   map[string]bool
}

func (f *Flags) load() {
	var parsed [][2]string
	for _, entry := range strings.Split(f.raw, ",") {
		k, v, _ := strings.Cut(entry, "=")
		if _, err := strconv.ParseBool(v); err != nil {
			panic(fmt.Sprintf("flag %q: %v", k, err))
		}
		parsed = append(parsed, [2]string{k, v})
	}
	f.on = make(map[string]bool, len(parsed))
	for _, kv := range parsed {
		b, _ := strconv.ParseBool(kv[1])
		f.on[kv[0]] = b
	}
}

func (f *Flags) Enabled(name string) (on bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("flags unavailable: %v", r)
		}
	}()
	f.once.Do(f.load)
	return f.on[name], nil
}

func (f *Flags) Override(name string, on bool) error {
	f.once.Do(f.load)
	if f.on == nil {
		return errors.New("flags not loaded")
	}
	f.on[name] = on
	return nil
}

func main() {
	f := &Flags{raw: "search=true,beta=maybe"}
	if _, err := f.Enabled("search"); err != nil {
		fmt.Println("warning:", err)
	}
	fmt.Println(f.Override("beta", true))
}
