// A static-site builder reports how many files of each extension it is about to publish. The
// fs.WalkDir callback counts into a map that the report function declared and never made, so
// the first file the walk visits panics inside the callback.
package main

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"testing/fstest"
)

func extensionReport(site fs.FS) (map[string]int, error) {
	var byExt map[string]int
	err := fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Base(p)[0] == '.' {
			return nil
		}
		byExt[path.Ext(p)]++ // want "nil map"
		return nil
	})
	return byExt, err
}

func main() {
	site := fstest.MapFS{
		"index.html":         {Data: []byte("<h1>home</h1>")},
		"blog/first.html":    {Data: []byte("<p>first</p>")},
		"css/site.css":       {Data: []byte("body{}")},
		"img/logo.png":       {Data: []byte{0x89}},
		"blog/.draft.html":   {Data: []byte("wip")},
		"blog/feed/atom.xml": {Data: []byte("<feed/>")},
	}
	counts, err := extensionReport(site)
	if err != nil {
		fmt.Println("walk:", err)
		return
	}
	exts := make([]string, 0, len(counts))
	for e := range counts {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("%-6s %d\n", e, counts[e])
	}
}
