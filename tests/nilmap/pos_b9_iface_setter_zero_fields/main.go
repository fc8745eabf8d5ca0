// A structured logger lets middleware annotate a record through a Setter interface, implemented
// by the Fields map type. The access logger declares its record with var and hands the record's
// zero Fields to the annotator, so Set writes into a nil map behind the interface.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

type Setter interface {
	Set(key, value string)
}

type Fields map[string]string

func (f Fields) Set(key, value string) {
	f[key] = value // want "nil map"
}

type Record struct {
	Msg    string
	Fields Fields
}

func annotate(s Setter, r *http.Request) {
	s.Set("method", r.Method)
	s.Set("path", r.URL.Path)
}

func accessLog(r *http.Request) string {
	var rec Record
	rec.Msg = "request served"
	annotate(rec.Fields, r)
	keys := make([]string, 0, len(rec.Fields))
	for k := range rec.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := rec.Msg
	for _, k := range keys {
		out += " " + k + "=" + rec.Fields[k]
	}
	return out
}

func main() {
	req := httptest.NewRequest(http.MethodGet, "/orders/17", nil)
	fmt.Println(accessLog(req))
}
