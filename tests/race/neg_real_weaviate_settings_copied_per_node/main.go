// Reduced from weaviate/weaviate v1.35.2, test/docker/compose.go:1061, where mapscope check
// (run with --tests=false: with the tests the module's run stops on a stack overflow) reported
// the calling goroutine writing `config2` while the goroutine that errgroup's Go starts for the
// first node (compose.go:1050) ranges over its settings (test/docker/weaviate.go:97). Each node
// gets its own map from copySettings, a helper that makes and fills a new map per call, and
// the caller writes each copy only before the `eg.Go` that hands it to that node's goroutine. A
// near miss: maps made by separate calls of one helper, each written before its own `go`. Our
// own rewrite.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"
)

type container struct {
	name string
	env  []string
}

func startWeaviate(enableModules []string, extraEnvSettings map[string]string, name string) (*container, error) {
	env := map[string]string{
		"PERSISTENCE_DATA_PATH": "./data",
		"DISABLE_TELEMETRY":     "true",
	}
	if len(enableModules) > 0 {
		env["ENABLE_MODULES"] = strings.Join(enableModules, ",")
	}
	for key, value := range extraEnvSettings {
		env[key] = value
	}
	c := &container{name: name}
	for key, value := range env {
		c.env = append(c.env, key+"="+value)
	}
	sort.Strings(c.env)
	return c, nil
}

func copySettings(s map[string]string) map[string]string {
	copy := make(map[string]string, len(s))
	for k, v := range s {
		copy[k] = v
	}
	return copy
}

func startCluster(size int, enableModules []string) ([]*container, error) {
	settings := map[string]string{
		"RAFT_PORT":             "8300",
		"RAFT_BOOTSTRAP_EXPECT": strconv.Itoa(size),
	}
	cs := make([]*container, size)
	var eg errgroup.Group

	config1 := copySettings(settings)
	config1["CLUSTER_HOSTNAME"] = "node1"
	config1["CLUSTER_GOSSIP_BIND_PORT"] = "7100"
	eg.Go(func() (err error) {
		cs[0], err = startWeaviate(enableModules, config1, "weaviate-1")
		return err
	})

	if size > 1 {
		config2 := copySettings(settings)
		config2["CLUSTER_HOSTNAME"] = "node2"
		config2["CLUSTER_GOSSIP_BIND_PORT"] = "7102"
		config2["CLUSTER_JOIN"] = "weaviate-1:7100"
		eg.Go(func() (err error) {
			cs[1], err = startWeaviate(enableModules, config2, "weaviate-2")
			return err
		})
	}

	return cs, eg.Wait()
}

func main() {
	cs, err := startCluster(2, []string{"text2vec-contextionary"})
	if err != nil {
		panic(err)
	}
	for _, c := range cs {
		fmt.Println(c.name, len(c.env))
	}
}
