// An env-file loader stamps the file name into its result from a deferred function. Its
// error return hands back the map it made (partial results are useful to the caller), so the
// deferred stamp always finds a made map.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func loadEnv(name, text string) (vars map[string]string, err error) {
	defer func() {
		vars["_SOURCE"] = name
	}()
	vars = make(map[string]string)
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "=")
		if !ok {
			return vars, fmt.Errorf("%s:%d: missing '='", name, n)
		}
		vars[k] = v
	}
	return vars, sc.Err()
}

func main() {
	for _, f := range []struct{ name, text string }{
		{"base.env", "DB_HOST=db.internal\nDB_PORT=5432"},
		{"local.env", "DEBUG=true\nbroken line"},
	} {
		vars, err := loadEnv(f.name, f.text)
		fmt.Println(len(vars), err)
	}
}
