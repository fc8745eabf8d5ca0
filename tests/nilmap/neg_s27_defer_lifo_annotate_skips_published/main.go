// A request trace defers stamping its status and then defers publishing; publish runs first
// (last-in first-out) and drops the attributes, but stamp skips a trace already published.
package main

import (
	"fmt"
	"sort"
)

type Trace struct {
	ID    string
	attrs map[string]string
	sent  [][]string
}

func (t *Trace) stamp(key, value string) {
	if t.attrs == nil {
		return
	}
	t.attrs[key] = value
}

func (t *Trace) publish() {
	var pairs []string
	for k, v := range t.attrs {
		pairs = append(pairs, k+"="+v)
	}
	sort.Strings(pairs)
	t.sent = append(t.sent, pairs)
	t.attrs = nil
}

func (t *Trace) Handle(path string) (status int) {
	t.attrs = map[string]string{"trace": t.ID, "path": path}
	defer func() {
		t.stamp("status", fmt.Sprint(status))
	}()
	defer t.publish()
	if path == "" {
		return 400
	}
	return 200
}

func main() {
	t := &Trace{ID: "t-77"}
	fmt.Println(t.Handle("/api"), t.Handle(""))
	fmt.Println(t.sent)
}
