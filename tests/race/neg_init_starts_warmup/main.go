// A geo-IP package warms its lookup table in a goroutine that init starts, so that the
// program's startup is not delayed. Override waits for the warm-up to finish, as Lookup
// does, before it writes to the same package-level table.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var (
	countryByPrefix = map[string]string{}
	warmed          = make(chan struct{})
	started         sync.WaitGroup // the warm-up and the first caller begin together
)

var builtin = `
10.0 ZZ
81.2 FR
93.184 DE
`

func init() {
	started.Add(2)
	go warmUp(builtin)
}

func warmUp(table string) {
	defer close(warmed)
	started.Done()
	started.Wait()
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		prefix, country, _ := strings.Cut(line, " ")
		countryByPrefix[prefix] = country
	}
}

// Override pins a prefix to a country, for tests and for the admin API.
func Override(prefix, country string) {
	<-warmed
	countryByPrefix[prefix] = country
}

func Lookup(ip string) string {
	<-warmed
	for prefix, c := range countryByPrefix {
		if strings.HasPrefix(ip, prefix+".") {
			return c
		}
	}
	return "??"
}

func main() {
	started.Done()
	started.Wait()
	Override("192.168", "LAN")
	fmt.Println(Lookup("81.2.69.160"), Lookup("192.168.1.4"))
}
