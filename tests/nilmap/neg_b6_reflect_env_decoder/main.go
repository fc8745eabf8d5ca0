// A config loader fills struct fields from environment variables with reflect, by the env
// tag. A map field is parsed from "k=v,k=v"; when the variable is unset, the decoder stores
// an empty map from reflect.MakeMap, so the loader's defaults step can add the source label.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Service string            `env:"SERVICE"`
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
		case reflect.Map:
			if !set {
				v.Field(i).Set(reflect.MakeMap(f.Type))
				continue
			}
			m := reflect.MakeMap(f.Type)
			for _, pair := range strings.Split(raw, ",") {
				k, val, _ := strings.Cut(pair, "=")
				m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(val))
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
	fmt.Println(load(map[string]string{"SERVICE": "billing", "LABELS": "team=pay,tier=1"}))
	fmt.Println(load(map[string]string{"SERVICE": "search"}))
}
