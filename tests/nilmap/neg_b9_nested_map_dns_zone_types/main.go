// An authoritative DNS server's zone keeps its records per owner name and record type. AddRecord
// makes a name's type table when the name has none, whatever the type of its first record, so
// the TXT record that comes first for _dmarc gets a table too.
package main

import (
	"fmt"
	"strings"
)

type RRType uint16

const (
	TypeA    RRType = 1
	TypeTXT  RRType = 16
	TypeAAAA RRType = 28
)

var typeNames = map[string]RRType{"A": TypeA, "TXT": TypeTXT, "AAAA": TypeAAAA}

type Zone struct {
	origin  string
	records map[string]map[RRType][]string
}

func NewZone(origin string) *Zone {
	return &Zone{origin: origin, records: make(map[string]map[RRType][]string)}
}

func (z *Zone) AddRecord(name string, t RRType, data string) {
	fqdn := name + "." + z.origin
	if _, ok := z.records[fqdn]; !ok {
		z.records[fqdn] = make(map[RRType][]string)
	}
	z.records[fqdn][t] = append(z.records[fqdn][t], data)
}

func (z *Zone) Lookup(fqdn string, t RRType) []string {
	return z.records[fqdn][t]
}

const zoneFile = `www A 192.0.2.10
www AAAA 2001:db8::10
_dmarc TXT v=DMARC1;p=reject
mail A 192.0.2.25`

func main() {
	z := NewZone("example.org.")
	for _, line := range strings.Split(zoneFile, "\n") {
		f := strings.SplitN(line, " ", 3)
		z.AddRecord(f[0], typeNames[f[1]], f[2])
	}
	fmt.Println(z.Lookup("www.example.org.", TypeAAAA), z.Lookup("_dmarc.example.org.", TypeTXT))
}
