// A log shipper parses each line's attributes with the parser its source format names, looked
// up in a package-level table of functions. The logfmt parser returns nil for a blank line, and
// the shipper stamps the source on whatever the parser returned: a blank logfmt line gets its
// stamp written into a nil map.
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

func ship(format, source, line string) map[string]string {
	parse, ok := parsers[format]
	if !ok {
		parse = parsePlain
	}
	attrs := parse(line)
	attrs["source"] = source // want "nil map"
	return attrs
}

func main() {
	fmt.Println(ship("plain", "api", "started"))
	fmt.Println(ship("logfmt", "api", "level=info msg=ready"))
	fmt.Println(ship("logfmt", "worker", "   "))
}
