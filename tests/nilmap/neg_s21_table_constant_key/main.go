// Near miss of pos_s21_table_entry_nil_for_blank: the table's logfmt parser still returns nil
// for a blank line, but every call here looks its parser up under a constant key, and the
// entry under "plain" always returns a map; the logfmt entry is only called where its result
// is tested against nil first.
package main

import (
	"fmt"
	"strings"
)

func parseLogfmt(line string) map[string]string {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	attrs := make(map[string]string)
	for _, field := range strings.Fields(line) {
		k, v, _ := strings.Cut(field, "=")
		attrs[k] = v
	}
	return attrs
}

func parsePlain(line string) map[string]string {
	return map[string]string{"msg": line}
}

var parsers = map[string]func(string) map[string]string{
	"logfmt": parseLogfmt,
	"plain":  parsePlain,
}

func shipPlain(source, line string) map[string]string {
	attrs := parsers["plain"](line)
	attrs["source"] = source
	return attrs
}

func shipAny(format, source, line string) map[string]string {
	attrs := parsers[format](line)
	if attrs == nil {
		attrs = map[string]string{}
	}
	attrs["source"] = source
	return attrs
}

func main() {
	fmt.Println(shipPlain("api", "started"))
	fmt.Println(shipPlain("api", ""))
	fmt.Println(shipAny("logfmt", "worker", "   "))
	fmt.Println(shipAny("plain", "worker", "up"))
}
