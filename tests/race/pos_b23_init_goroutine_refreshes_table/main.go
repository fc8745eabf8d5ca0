// A geo-lookup package fills its country table in init and starts a refresher goroutine
// there, which merges the latest ranges into the same package-level map; the lookups main
// serves right away read the table while the refresher writes it.
package main

import (
	"os"
	"strings"
)

var countries = map[string]string{}

var refreshed = make(chan int, 1)

var seed = []string{"81.2=DE", "51.15=FR", "3.5=US"}

var latest = []string{"81.2=DE", "51.15=FR", "3.5=US", "49.12=DE", "102.64=ZA", "1.32=JP"}

func merge(ranges []string) int {
	n := 0
	for _, r := range ranges {
		prefix, cc, ok := strings.Cut(r, "=")
		if !ok {
			continue
		}
		countries[prefix] = cc // want "concurrent map write"
		n++
	}
	return n
}

func refresh() {
	refreshed <- merge(latest)
}

func init() {
	merge(seed)
	go refresh()
}

func country(ip string) string {
	for prefix := ip; prefix != ""; {
		if cc, ok := countries[prefix]; ok { // other access
			return cc
		}
		i := strings.LastIndexByte(prefix, '.')
		if i < 0 {
			break
		}
		prefix = prefix[:i]
	}
	return "??"
}

func main() {
	var out []string
	for _, ip := range []string{"81.2.69.160", "102.64.1.9", "3.5.140.2", "1.32.7.7"} {
		out = append(out, ip+" "+country(ip))
	}
	<-refreshed
	os.Stdout.WriteString(strings.Join(out, "\n") + "\n")
}
