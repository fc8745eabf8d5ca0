// An invoice renderer builds its template functions on top of a base FuncMap that only debug
// builds fill with debugging helpers. In a release build baseFuncs returns an empty FuncMap,
// so adding the renderer's own "money" function writes to a made map.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type build struct{ debug bool }

func (b build) baseFuncs() template.FuncMap {
	if !b.debug {
		return template.FuncMap{}
	}
	return template.FuncMap{"dump": func(v any) string { return fmt.Sprintf("%#v", v) }}
}

func money(cents int) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) }

func newInvoiceTemplate(b build) (*template.Template, error) {
	funcs := b.baseFuncs()
	funcs["money"] = money
	funcs["upper"] = strings.ToUpper
	return template.New("invoice").Funcs(funcs).Parse("{{upper .Customer}} owes {{money .Cents}}\n")
}

type invoice struct {
	Customer string
	Cents    int
}

func main() {
	t, err := newInvoiceTemplate(build{debug: false})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := t.Execute(os.Stdout, invoice{"acme", 12345}); err != nil {
		fmt.Println(err)
	}
}
