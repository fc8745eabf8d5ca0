// A dev server keeps its templates in a testing/fstest.MapFS, a plain map of files. The
// watcher goroutine stores edited files into it under the write lock, and the renderer parses
// the templates with template.ParseFS under the read lock.
package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
	"sync"
	"testing/fstest"
	"time"
)

var filesMu sync.RWMutex

type edit struct {
	name, body string
}

func watch(files fstest.MapFS, edits []edit, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, e := range edits {
		filesMu.Lock()
		files[e.name] = &fstest.MapFile{Data: []byte(e.body), ModTime: time.Unix(1700000000, 0)}
		filesMu.Unlock()
	}
}

func render(files fstest.MapFS, page string) (string, error) {
	filesMu.RLock()
	tmpl, err := template.ParseFS(files, "templates/*.html")
	filesMu.RUnlock()
	if err != nil {
		return "", err
	}
	var out strings.Builder
	if err := tmpl.ExecuteTemplate(&out, page, map[string]string{"User": "ada"}); err != nil {
		return "", err
	}
	return out.String(), nil
}

func main() {
	files := fstest.MapFS{
		"templates/layout.html": {Data: []byte(`{{define "layout"}}<main>{{template "body" .}}</main>{{end}}`)},
		"templates/home.html":   {Data: []byte(`{{define "home"}}{{template "layout" .}}{{end}}{{define "body"}}hi {{.User}}{{end}}`)},
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go watch(files, []edit{
		{"templates/footer.html", `{{define "footer"}}<footer>v2</footer>{{end}}`},
		{"templates/nav.html", `{{define "nav"}}<nav></nav>{{end}}`},
	}, &wg)
	page, err := render(files, "home")
	wg.Wait()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stdout, page)
}
