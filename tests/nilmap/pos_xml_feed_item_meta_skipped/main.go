// A feed reader decodes items from XML with a Decoder; the item's Meta map is tagged `xml:"-"`,
// which encoding/xml never fills (it cannot decode maps at all), so stamping the first decoded
// item writes into a nil map.
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
		it.Meta["source"] = "example.com" // want "nil map"
		fmt.Println(it.Title, it.Link, len(it.Meta))
	}
}
