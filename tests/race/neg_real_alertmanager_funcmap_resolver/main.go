// Reduced from github.com/prometheus/alertmanager v0.35.0, template/template.go:208 and :217
// (routeLabelResolver.resolve), where mapscope check reported `r.inProgress` and `r.memo`
// written by two instances of the test's WaitGroup.Go goroutine (template_test.go:967):
// ExecuteTextString makes a new resolver on every call and binds its method value into the
// FuncMap of a template cloned for that call, which calls it back on the executing goroutine;
// no two goroutines share a resolver. A near miss: a method value of a per-call object
// registered with a library that calls it back, in a function the object is passed to (made in
// the registering function itself, it is not reported). Our own rewrite.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"text/template"
)

type resolver struct {
	raw        map[string]string
	memo       map[string]string
	inProgress map[string]struct{}
}

func (r *resolver) resolve(name string) (string, error) {
	raw, ok := r.raw[name]
	if !ok {
		return "", nil
	}
	if v, ok := r.memo[name]; ok {
		return v, nil
	}
	if _, busy := r.inProgress[name]; busy {
		return "", fmt.Errorf("route label cycle detected at %s", name)
	}
	if r.memo == nil {
		r.memo = map[string]string{}
		r.inProgress = map[string]struct{}{}
	}
	r.inProgress[name] = struct{}{}
	delete(r.inProgress, name)
	r.memo[name] = raw
	return raw, nil
}

type Template struct{ text *template.Template }

func (t *Template) ExecuteTextString(text string, labels map[string]string) (string, error) {
	return t.execText(text, &resolver{raw: labels})
}

func (t *Template) execText(text string, r *resolver) (string, error) {
	tmpl, err := t.text.Clone()
	if err != nil {
		return "", err
	}
	tmpl, err = tmpl.New("").Funcs(template.FuncMap{"routeLabels": r.resolve}).Parse(text)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tmpl.Execute(&buf, nil)
	return buf.String(), err
}

func main() {
	placeholder := template.FuncMap{"routeLabels": func(string) (string, error) { return "", nil }}
	t := &Template{text: template.Must(template.New("").Funcs(placeholder).Parse(""))}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			labels := map[string]string{"team": fmt.Sprint("t", i)}
			got, err := t.ExecuteTextString(`{{ routeLabels "team" }}/{{ routeLabels "team" }}`, labels)
			if err != nil || got != fmt.Sprintf("t%d/t%d", i, i) {
				panic(fmt.Sprint(got, err))
			}
		})
	}
	wg.Wait()
	fmt.Println("ok")
}
