// A web server's page templates call an "asset" function that appends a content hash to a
// static file's URL for cache busting, and memoizes the hash in a map captured by the
// FuncMap closure. Templates are safe to execute concurrently; the function they call is
// not, and two requests rendering at once write its cache together.
package main

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"strconv"
	"sync"
	"text/template"
)

func newRenderer(files map[string]string) *template.Template {
	hashes := map[string]string{}
	funcs := template.FuncMap{
		"asset": func(name string) string {
			if h, ok := hashes[name]; ok { // other access
				return "/static/" + name + "?v=" + h
			}
			sum := fnv.New32a()
			sum.Write([]byte(files[name]))
			h := strconv.FormatUint(uint64(sum.Sum32()), 16)
			hashes[name] = h // want "concurrent map write"
			return "/static/" + name + "?v=" + h
		},
	}
	return template.Must(template.New("page").Funcs(funcs).Parse(
		`<html><script src="{{asset .Script}}"></script><h1>{{.Title}}</h1></html>`))
}

type page struct{ Title, Script string }

func main() {
	files := map[string]string{"app.js": "console.log(1)", "admin.js": "console.log(2)"}
	tmpl := newRenderer(files)
	pages := []page{{"Shop", "app.js"}, {"Admin", "admin.js"}}
	out := make([]bytes.Buffer, len(pages))
	var ready, wg sync.WaitGroup
	ready.Add(len(pages))
	for i, p := range pages {
		wg.Go(func() { // one request each
			ready.Done()
			ready.Wait()
			if err := tmpl.Execute(&out[i], p); err != nil {
				out[i].WriteString(err.Error())
			}
		})
	}
	wg.Wait()
	for i := range out {
		fmt.Println(out[i].String())
	}
}
