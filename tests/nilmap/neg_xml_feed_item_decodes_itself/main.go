// A feed reader decodes items from XML with a Decoder; the item's Meta map is tagged `xml:"-"`,
// which encoding/xml never fills, but the item type decodes itself with UnmarshalXML and makes
// the map there, so stamping each decoded item writes into a made map. A near miss: a type on
// the way decodes itself.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Item struct {
	Title string            `xml:"title"`
	Link  string            `xml:"link"`
	Meta  map[string]string `xml:"-"`
}

// UnmarshalXML decodes the plain fields and starts the item's metadata.
func (it *Item) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	type plain Item
	var p plain
	if err := d.DecodeElement(&p, &start); err != nil {
		return err
	}
	*it = Item(p)
	it.Meta = map[string]string{"element": start.Name.Local}
	return nil
}

const feed = `<item><title>Release 1.4</title><link>https://example.com/1.4</link></item>`

func readItem(src string) (*Item, error) {
	var it Item
	dec := xml.NewDecoder(strings.NewReader(src))
	if err := dec.Decode(&it); err != nil {
		return nil, err
	}
	return &it, nil
}

func main() {
	for _, src := range []string{feed, `<item><title>broken`} {
		it, err := readItem(src)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		it.Meta["source"] = "example.com"
		fmt.Println(it.Title, it.Link, len(it.Meta))
	}
}
