// Near miss of pos_fix_functional_option_runners, the fixed code of
// https://github.com/k1LoW/runn/pull/4 (merge 146a2080): one constructor of the book, used by New,
// makes all of its maps before the options are applied.
package main

import (
	"fmt"
	"strings"
)

type book struct {
	Desc    string
	Runners map[string]string
	Vars    map[string]string
}

type Option func(*book) error

func Desc(desc string) Option {
	return func(bk *book) error {
		bk.Desc = desc
		return nil
	}
}

func Var(key, value string) Option {
	return func(bk *book) error {
		bk.Vars[key] = value
		return nil
	}
}

func Runner(name, dsn string) Option {
	return func(bk *book) error {
		bk.Runners[name] = dsn
		return nil
	}
}

type operator struct {
	desc        string
	httpRunners []string
	dbRunners   []string
}

func newBook() *book {
	return &book{
		Runners: map[string]string{},
		Vars:    map[string]string{},
	}
}

func New(opts ...Option) (*operator, error) {
	bk := newBook()
	for _, opt := range opts {
		if err := opt(bk); err != nil {
			return nil, err
		}
	}
	o := &operator{desc: bk.Desc}
	for name, dsn := range bk.Runners {
		if strings.HasPrefix(dsn, "http://") || strings.HasPrefix(dsn, "https://") {
			o.httpRunners = append(o.httpRunners, name)
		} else {
			o.dbRunners = append(o.dbRunners, name)
		}
	}
	return o, nil
}

func main() {
	o, err := New(Desc("login flow"), Var("user", "alice"), Runner("req", "https://api.example.com"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.desc, o.httpRunners, o.dbRunners)
}
