// A config loader fills struct fields from environment variables with reflect, by the env
// tag. An unset list variable resets its slice field to reflect.Zero, a nil slice; a map field
// always gets a map from reflect.MakeMap, empty when its variable is unset, so the loader's
// defaults step can add the source label.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Service string            `env:"SERVICE"`
	Hosts   []string          `env:"HOSTS"`
	Labels  map[string]string `env:"LABELS"`
}

func decode(dst any, env map[string]string) {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		raw, set := env[f.Tag.Get("env")]
		switch f.Type.Kind() {
		case reflect.String:
			v.Field(i).SetString(raw)
		case reflect.Slice:
			if !set {
				v.Field(i).Set(reflect.Zero(f.Type))
				continue
			}
			v.Field(i).Set(reflect.ValueOf(strings.Split(raw, ",")))
		case reflect.Map:
			m := reflect.MakeMap(f.Type)
			if set {
				for _, pair := range strings.Split(raw, ",") {
					k, val, _ := strings.Cut(pair, "=")
					m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(val))
				}
			}
			v.Field(i).Set(m)
		}
	}
}

func load(env map[string]string) Config {
	var cfg Config
	decode(&cfg, env)
	cfg.Labels["source"] = "env"
	return cfg
}

func main() {
	fmt.Println(load(map[string]string{"SERVICE": "billing", "LABELS": "team=pay,tier=1", "HOSTS": "a,b"}))
	fmt.Println(load(map[string]string{"SERVICE": "search"}))
}
