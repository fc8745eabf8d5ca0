// A CLI tool loads its alias table from a file when one is given and otherwise starts from
// the built-in aliases. Inside the if, err is declared first and `aliases, err =` assigns the
// outer variable, so adding the user's alias from the command line writes to the loaded map.
package main

import (
	"fmt"
	"strings"
)

var files = map[string]string{
	"~/.toolrc": "co=checkout\nst=status",
}

func loadAliases(path string) (map[string]string, error) {
	text, ok := files[path]
	if !ok {
		return nil, fmt.Errorf("%s: no such file", path)
	}
	aliases := make(map[string]string)
	for _, line := range strings.Split(text, "\n") {
		if name, cmd, found := strings.Cut(line, "="); found {
			aliases[name] = cmd
		}
	}
	return aliases, nil
}

func run(path string, extra []string) error {
	var aliases map[string]string
	if path != "" {
		var err error
		aliases, err = loadAliases(path)
		if err != nil {
			return err
		}
		fmt.Println("loaded", len(aliases), "aliases from", path)
	} else {
		aliases = map[string]string{"st": "status"}
	}
	for _, a := range extra {
		name, cmd, _ := strings.Cut(a, "=")
		aliases[name] = cmd
	}
	fmt.Println(aliases)
	return nil
}

func main() {
	if err := run("~/.toolrc", []string{"br=branch"}); err != nil {
		fmt.Println(err)
	}
}
