// Reduced from github.com/alicebob/miniredis/v2 v2.40.0, cmd_hash.go:1083 (HSETEX), where a
// session-17 rule reported the write into a key's inner TTL map: the inner map is created when it
// is missing and a TTL was given, the write runs only when a TTL was given, and the other way
// merely deletes from the inner map if there is one. A near miss: the `!= nil` test on the
// delete's way creates nothing, so it says nothing of the key being missing on the write's way,
// which the creation under the same flag covers. Our own rewrite.
package main

import (
	"fmt"
	"time"
)

type db struct {
	values map[string]map[string]string
	ttls   map[string]map[string]time.Duration
}

func (d *db) set(key, field, value string) {
	if d.values[key] == nil {
		d.values[key] = map[string]string{}
	}
	d.values[key][field] = value
}

func (d *db) hsetex(key string, fields, values []string, ttl time.Duration, keepTTL bool) {
	hasTTL := ttl > 0
	for i, field := range fields {
		d.set(key, field, values[i])
		if keepTTL {
			continue
		}
		if d.ttls[key] == nil {
			if hasTTL {
				d.ttls[key] = map[string]time.Duration{}
			}
		}
		if hasTTL {
			d.ttls[key][field] = ttl
		} else if inner := d.ttls[key]; inner != nil {
			delete(inner, field)
		}
	}
}

func main() {
	d := &db{values: map[string]map[string]string{}, ttls: map[string]map[string]time.Duration{}}
	d.hsetex("session:1", []string{"user", "csrf"}, []string{"ada", "x9"}, 0, false)
	d.hsetex("session:1", []string{"user"}, []string{"ada"}, time.Minute, false)
	d.hsetex("session:1", []string{"csrf"}, []string{"y1"}, 0, false)
	d.hsetex("session:2", []string{"user"}, []string{"bob"}, 0, true)
	fmt.Println(len(d.values), len(d.ttls["session:1"]), d.ttls["session:2"] == nil)
}
