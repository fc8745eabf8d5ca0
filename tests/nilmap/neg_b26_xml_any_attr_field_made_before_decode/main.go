// A package index streams an XML feed and decodes each <package> element into a Package whose
// vendor-specific attributes are collected by a map type implementing xml.UnmarshalerAttr under
// a ",any,attr" field. The method writes through the pointer without making the map, but the
// stream loop makes Vendor for every package before DecodeElement, so the writes are safe.
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
)

// VendorAttrs keeps the attributes no other field of a package claims.
type VendorAttrs map[string]string

func (v *VendorAttrs) UnmarshalXMLAttr(a xml.Attr) error {
	key := a.Name.Local
	if a.Name.Space != "" {
		key = a.Name.Space + ":" + key
	}
	(*v)[key] = a.Value
	return nil
}

type Package struct {
	Name    string      `xml:"name,attr"`
	Version string      `xml:"version,attr"`
	Vendor  VendorAttrs `xml:",any,attr"`
}

const feedXML = `<feed>
  <package name="zlib" version="1.3.1" arch="amd64" signed="true"/>
  <package name="openssl" version="3.2.0"/>
</feed>`

func readFeed(r io.Reader) ([]Package, error) {
	dec := xml.NewDecoder(r)
	var out []Package
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "package" {
			continue
		}
		p := Package{Vendor: make(VendorAttrs)}
		if err := dec.DecodeElement(&p, &start); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
}

func main() {
	pkgs, err := readFeed(strings.NewReader(feedXML))
	if err != nil {
		fmt.Fprintln(os.Stderr, "feed:", err)
		os.Exit(1)
	}
	for _, p := range pkgs {
		fmt.Println(p.Name+"@"+p.Version, p.Vendor)
	}
}
