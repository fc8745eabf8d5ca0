// A stage iterator hands out build stages through a func made by stages(); once the list is
// done it keeps returning an idle stage, which also carries its own Meta map, so the caller that
// ignores the bool and stamps every stage it pulls never writes into a nil map.
package main

import "fmt"

type Stage struct {
	Name string
	Meta map[string]string
}

func stages(names []string) func() (Stage, bool) {
	i := 0
	return func() (Stage, bool) {
		if i >= len(names) {
			return Stage{Name: "idle", Meta: map[string]string{}}, false
		}
		i++
		return Stage{Name: names[i-1], Meta: map[string]string{"planned": "yes"}}, true
	}
}

func main() {
	next := stages([]string{"compile", "link"})
	for runner := 0; runner < 3; runner++ {
		st, _ := next()
		st.Meta["runner"] = fmt.Sprint(runner)
		fmt.Println(st.Name, st.Meta["runner"])
	}
}
