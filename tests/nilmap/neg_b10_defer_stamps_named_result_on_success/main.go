// A config loader reads KEY=VALUE lines from an env file and stamps where they came from through
// a deferred closure on its named result. On a malformed line the loader returns nil with the
// error, and the deferred stamp looks at the error first and leaves a failed load alone.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func loadEnv(name, text string) (vars map[string]string, err error) {
	defer func() {
		if err != nil {
			return
		}
		vars["_SOURCE"] = name
	}()
	vars = make(map[string]string)
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s:%d: missing '='", name, n)
		}
		vars[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return vars, sc.Err()
}

func main() {
	files := []struct{ name, text string }{
		{"base.env", "# shared\nDB_HOST=db.internal\nDB_PORT=5432\n"},
		{"local.env", "DEBUG=true\nthis line is broken\n"},
	}
	merged := map[string]string{}
	for _, f := range files {
		vars, err := loadEnv(f.name, f.text)
		if err != nil {
			fmt.Println("skipping:", err)
			continue
		}
		for k, v := range vars {
			merged[k] = v
		}
	}
	fmt.Println(len(merged), "variables")
}
