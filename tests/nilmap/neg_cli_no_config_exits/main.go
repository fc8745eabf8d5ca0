// A schema migration CLI reads its column renames from an optional config section. When the
// section is missing, loadRenames returns a nil map with an error; main prints that there is
// nothing to rename and exits with status 0, so the built-in renames are only added to a map
// that was loaded.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

var errNoSection = errors.New("no [renames] section")

func loadRenames(config string) (map[string]string, error) {
	_, body, ok := strings.Cut(config, "[renames]\n")
	if !ok {
		return nil, errNoSection
	}
	renames := make(map[string]string)
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if from, to, ok := strings.Cut(line, "="); ok {
			renames[strings.TrimSpace(from)] = strings.TrimSpace(to)
		}
	}
	return renames, nil
}

func main() {
	config := "[database]\nurl = postgres://localhost/shop\n"
	renames, err := loadRenames(config)
	if err != nil {
		fmt.Println("nothing to rename:", err)
		os.Exit(0)
	}
	renames["created"] = "created_at"
	for from, to := range renames {
		fmt.Printf("ALTER TABLE orders RENAME COLUMN %s TO %s;\n", from, to)
	}
}
