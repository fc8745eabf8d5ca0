// A dev server keeps its templates in a testing/fstest.MapFS, a plain map of files. The
// watcher goroutine copies the current MapFS, stores edited files into the copy and publishes
// it through an atomic.Pointer, so the renderer's ParseFS ranges over a map no one writes.
package main

import (
	"fmt"
	"html/template"
	"maps"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing/fstest"
	"time"
)

type edit struct {
	name, body string
}

func watch(current *atomic.Pointer[fstest.MapFS], edits []edit, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, e := range edits {
		next := maps.Clone(*current.Load())
		next[e.name] = &fstest.MapFile{Data: []byte(e.body), ModTime: time.Unix(1700000000, 0)}
		current.Store(&next)
	}
}

func render(files fstest.MapFS, page string) (string, error) {
	tmpl, err := template.ParseFS(files, "templates/*.html")
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
	var current atomic.Pointer[fstest.MapFS]
	current.Store(&files)
	var wg sync.WaitGroup
	wg.Add(1)
	go watch(&current, []edit{
		{"templates/footer.html", `{{define "footer"}}<footer>v2</footer>{{end}}`},
		{"templates/nav.html", `{{define "nav"}}<nav></nav>{{end}}`},
	}, &wg)
	page, err := render(*current.Load(), "home")
	wg.Wait()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stdout, page)
}
