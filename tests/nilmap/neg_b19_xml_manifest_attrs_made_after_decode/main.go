// A plugin loader decodes each plugin's manifest from XML; the Attrs map is tagged `xml:"-"`
// because encoding/xml cannot decode maps, so the loader makes it right after decoding, before
// it stamps the source file into it.
package main

import (
	"encoding/xml"
	"fmt"
	"sort"
	"strings"
)

type Param struct {
	Name  string `xml:"name,attr"`
	Value string `xml:",chardata"`
}

type Manifest struct {
	XMLName xml.Name          `xml:"plugin"`
	ID      string            `xml:"id,attr"`
	Version string            `xml:"version"`
	Params  []Param           `xml:"param"`
	Attrs   map[string]string `xml:"-"`
}

var sources = map[string]string{
	"audit.xml": `<plugin id="audit"><version>1.2</version><param name="sink">stdout</param></plugin>`,
	"quota.xml": `<plugin id="quota"><version>0.9</version><param name="limit"> 100 </param>` +
		`<param name="burst">20</param></plugin>`,
	"broken.xml": `<plugin id="broken"><version>`,
}

func loadManifest(file string) (*Manifest, error) {
	var m Manifest
	if err := xml.Unmarshal([]byte(sources[file]), &m); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	m.Attrs = make(map[string]string, len(m.Params)+1)
	return &m, nil
}

func main() {
	files := make([]string, 0, len(sources))
	for f := range sources {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		m, err := loadManifest(f)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		m.Attrs["source"] = f
		for _, p := range m.Params {
			m.Attrs["param."+p.Name] = strings.TrimSpace(p.Value)
		}
		fmt.Println(m.ID, m.Version, len(m.Attrs))
	}
}
