// A service-discovery resolver reads a static hosts file once, through sync.OnceValues, and
// lets the admin API pin extra names into the table it returned. The loader returns nil with
// its error when the file cannot be read, and Pin checks that error and refuses, so it never
// writes into the nil table.
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing/fstest"
)

type Resolver struct {
	fsys  fs.FS
	hosts func() (map[string]string, error)
}

func NewResolver(fsys fs.FS) *Resolver {
	r := &Resolver{fsys: fsys}
	r.hosts = sync.OnceValues(func() (map[string]string, error) {
		data, err := fs.ReadFile(r.fsys, "etc/hosts.d/static")
		if err != nil {
			return nil, fmt.Errorf("resolver: %w", err)
		}
		table := make(map[string]string)
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) == 2 {
				table[f[1]] = f[0]
			}
		}
		return table, nil
	})
	return r
}

func (r *Resolver) Pin(name, addr string) error {
	table, err := r.hosts()
	if err != nil {
		return err
	}
	table[name] = addr
	return nil
}

func (r *Resolver) Lookup(name string) (string, bool) {
	table, _ := r.hosts()
	addr, ok := table[name]
	return addr, ok
}

func main() {
	fsys := fstest.MapFS{"etc/resolv.conf": {Data: []byte("nameserver 10.0.0.2\n")}}
	r := NewResolver(fsys)
	if _, ok := r.Lookup("db.internal"); !ok {
		fmt.Println("db.internal not in the static table, pinning it")
	}
	if err := r.Pin("db.internal", "10.0.3.7"); err != nil {
		fmt.Println("pin refused:", err)
	}
	fmt.Println(r.Lookup("db.internal"))
}
