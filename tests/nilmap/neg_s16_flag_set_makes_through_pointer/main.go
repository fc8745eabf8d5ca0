// Near miss of pos_flag_var_map_value: a map-typed flag.Value registered through a pointer, whose
// Set makes the map on the first occurrence of the flag, as flag.Value implementations over a
// map should. The repeated -label flags land in a map Set made.
package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"
)

type labelFlag map[string]string

func (l *labelFlag) String() string {
	pairs := make([]string, 0, len(*l))
	for k, v := range *l {
		pairs = append(pairs, k+"="+v)
	}
	sort.Strings(pairs)
	return strings.Join(pairs, ",")
}

func (l *labelFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("label %q: want key=value", s)
	}
	if *l == nil {
		*l = make(labelFlag)
	}
	(*l)[k] = v
	return nil
}

func main() {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	var labels labelFlag
	fs.Var(&labels, "label", "a key=value label (repeatable)")
	if err := fs.Parse([]string{"-label", "team=payments", "-label", "tier=web"}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(labels.String())
}
