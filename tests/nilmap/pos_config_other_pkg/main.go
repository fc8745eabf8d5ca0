// A struct returned by another package's function has a nil map field, written in main.
package main

import (
	"fmt"

	"example.com/nilmapcorpus/pos_config_other_pkg/config"
)

func main() {
	cfg := config.Parse([]string{"-addr=:8080"})
	cfg.Env["GOMAXPROCS"] = "2" // want "nil map"
	fmt.Println(cfg.Addr)
}
