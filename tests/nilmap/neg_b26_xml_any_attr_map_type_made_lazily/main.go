// A package index reads an XML feed in which each <package> element carries its known
// attributes plus vendor-specific ones. The vendor attributes are collected by a map type
// implementing xml.UnmarshalerAttr under a ",any,attr" field; its method makes the map on the
// first attribute (the field starts nil), so packages with extra attributes decode safely.
package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"sort"
)

// VendorAttrs keeps the attributes no other field of a package claims.
type VendorAttrs map[string]string

func (v *VendorAttrs) UnmarshalXMLAttr(a xml.Attr) error {
	key := a.Name.Local
	if a.Name.Space != "" {
		key = a.Name.Space + ":" + key
	}
	if *v == nil {
		*v = make(VendorAttrs)
	}
	(*v)[key] = a.Value
	return nil
}

type Package struct {
	Name    string      `xml:"name,attr"`
	Version string      `xml:"version,attr"`
	Vendor  VendorAttrs `xml:",any,attr"`
}

type Feed struct {
	XMLName  xml.Name  `xml:"feed"`
	Packages []Package `xml:"package"`
}

const feedXML = `<feed>
  <package name="zlib" version="1.3.1" arch="amd64" signed="true"/>
  <package name="openssl" version="3.2.0"/>
</feed>`

func index(f *Feed) map[string]Package {
	out := make(map[string]Package, len(f.Packages))
	for _, p := range f.Packages {
		out[p.Name+"@"+p.Version] = p
	}
	return out
}

func main() {
	var feed Feed
	if err := xml.Unmarshal([]byte(feedXML), &feed); err != nil {
		fmt.Fprintln(os.Stderr, "feed:", err)
		os.Exit(1)
	}
	idx := index(&feed)
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, idx[k].Vendor)
	}
}
