// A static-site builder walks its output tree with fs.WalkDir and, from the callback, starts a
// goroutine per page that gzips it and records the compressed size in the build manifest map.
// Every write to the manifest, the compressors' and main's sitemap entry, holds one mutex.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"testing/fstest"
)

func gzipSize(data []byte) int {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Len()
}

func build(site fs.FS) (map[string]int, error) {
	manifest := make(map[string]int)
	var pages []string
	var wg sync.WaitGroup
	var mu sync.Mutex
	err := fs.WalkDir(site, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		pages = append(pages, path)
		wg.Go(func() {
			data, err := fs.ReadFile(site, path)
			if err != nil {
				return
			}
			size := gzipSize(data)
			mu.Lock()
			manifest[path+".gz"] = size
			mu.Unlock()
		})
		return nil
	})
	sitemap := "<urlset>" + strings.Join(pages, "</url><url>") + "</urlset>"
	mu.Lock()
	manifest["sitemap.xml"] = len(sitemap)
	mu.Unlock()
	wg.Wait()
	return manifest, err
}

func main() {
	site := fstest.MapFS{
		"index.html":         {Data: []byte(strings.Repeat("<p>welcome</p>", 40))},
		"docs/install.html":  {Data: []byte(strings.Repeat("<pre>go install</pre>", 60))},
		"assets/site.css":    {Data: []byte("body{margin:0}")},
		"docs/changelog.txt": {Data: []byte("v1.0")},
	}
	manifest, err := build(site)
	if err != nil {
		fmt.Println("build failed:", err)
		return
	}
	names := make([]string, 0, len(manifest))
	for name := range manifest {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, manifest[name])
	}
}
