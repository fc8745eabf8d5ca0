// A deploy tool decodes its service config by hand from the generic map a YAML parser would
// return. The helper that converts the "env" section returns nil when the section is absent,
// and the defaults step makes the env map when it is nil before adding a variable to it.
package main

import (
	"fmt"
	"sort"
)

type Service struct {
	Name     string
	Image    string
	Replicas int
	Env      map[string]string
}

func asString(v any, def string) string {
	if s, ok := v.(string); ok {
		return s
	}
	return def
}

func asStringMap(v any) map[string]string {
	raw, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	out := make(map[string]string, len(raw))
	for k, val := range raw {
		out[k] = fmt.Sprint(val)
	}
	return out
}

func decodeService(name string, doc map[string]any) Service {
	svc := Service{Name: name, Image: asString(doc["image"], "busybox"), Replicas: 1}
	if n, ok := doc["replicas"].(int); ok {
		svc.Replicas = n
	}
	svc.Env = asStringMap(doc["env"])
	return svc
}

func applyDefaults(svc *Service, cluster string) {
	if svc.Env == nil {
		svc.Env = map[string]string{}
	}
	if _, ok := svc.Env["CLUSTER"]; !ok {
		svc.Env["CLUSTER"] = cluster
	}
}

func main() {
	docs := map[string]map[string]any{
		"api":    {"image": "api:1.4", "replicas": 3, "env": map[string]any{"LOG_LEVEL": "info"}},
		"worker": {"image": "worker:2.0"},
	}
	names := make([]string, 0, len(docs))
	for n := range docs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		svc := decodeService(n, docs[n])
		applyDefaults(&svc, "eu-west")
		fmt.Println(svc.Name, svc.Image, svc.Replicas, svc.Env)
	}
}
