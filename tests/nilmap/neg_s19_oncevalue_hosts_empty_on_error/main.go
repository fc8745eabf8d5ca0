// A service-discovery resolver reads a static hosts file once, through sync.OnceValue, and
// lets the admin API pin extra names into the table it returned. When the file cannot be read
// the loader starts from an empty table rather than nil, so pinning a name always has a map.
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"log"
	"strings"
	"sync"
	"testing/fstest"
)

type Resolver struct {
	fsys  fs.FS
	hosts func() map[string]string
}

func NewResolver(fsys fs.FS) *Resolver {
	r := &Resolver{fsys: fsys}
	r.hosts = sync.OnceValue(func() map[string]string {
		data, err := fs.ReadFile(r.fsys, "etc/hosts.d/static")
		if err != nil {
			log.Printf("resolver: %v (starting with an empty table)", err)
			return make(map[string]string)
		}
		table := make(map[string]string)
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) == 2 {
				table[f[1]] = f[0]
			}
		}
		return table
	})
	return r
}

func (r *Resolver) Pin(name, addr string) {
	r.hosts()[name] = addr
}

func (r *Resolver) Lookup(name string) (string, bool) {
	addr, ok := r.hosts()[name]
	return addr, ok
}

func main() {
	fsys := fstest.MapFS{"etc/resolv.conf": {Data: []byte("nameserver 10.0.0.2\n")}}
	r := NewResolver(fsys)
	if _, ok := r.Lookup("db.internal"); !ok {
		fmt.Println("db.internal not in the static table, pinning it")
	}
	r.Pin("db.internal", "10.0.3.7")
	fmt.Println(r.Lookup("db.internal"))
}
