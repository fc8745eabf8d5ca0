// A format selector makes the field map in every case of a switch, default included.
package main

import "fmt"

func fieldsFor(format string) map[string]string {
	var fields map[string]string
	switch format {
	case "json":
		fields = map[string]string{"encoding": "json"}
	case "logfmt":
		fields = make(map[string]string, 4)
	default:
		fields = map[string]string{}
	}
	fields["ts"] = "2026-12-05T00:00:00Z"
	return fields
}

func main() {
	for _, f := range []string{"json", "logfmt", "text"} {
		fmt.Println(len(fieldsFor(f)))
	}
}
