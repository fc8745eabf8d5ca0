// Near miss of pos_fix_flag_stack_tags, the fixed code of
// https://github.com/szuecs/kube-static-egress-controller/pull/37 (commit f916251): the config
// constructor makes the extra stack tags map that the tags flag stores into.
package main

import (
	"flag"
	"fmt"
	"strings"
)

type Config struct {
	ClusterID           string
	DryRun              bool
	AdditionalStackTags map[string]string
}

func NewConfig() *Config {
	return &Config{
		AdditionalStackTags: make(map[string]string),
	}
}

// tagsValue is a flag.Value over the map a field of the config holds.
type tagsValue struct{ target *map[string]string }

func (t tagsValue) String() string { return fmt.Sprint(*t.target) }

func (t tagsValue) Set(s string) error {
	key, value, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("want key=value, got %q", s)
	}
	(*t.target)[key] = value
	return nil
}

func (c *Config) parse(args []string) error {
	fs := flag.NewFlagSet("egress-controller", flag.ContinueOnError)
	fs.StringVar(&c.ClusterID, "cluster-id", "", "ID of the cluster")
	fs.BoolVar(&c.DryRun, "dry-run", false, "log instead of changing stacks")
	fs.Var(tagsValue{&c.AdditionalStackTags}, "additional-stack-tags", "extra key=value tags")
	return fs.Parse(args)
}

func main() {
	cfg := NewConfig()
	args := []string{"-cluster-id", "eu-1", "-additional-stack-tags", "team=net", "-dry-run"}
	if err := cfg.parse(args); err != nil {
		fmt.Println("flags:", err)
		return
	}
	fmt.Println(cfg.ClusterID, cfg.DryRun, cfg.AdditionalStackTags)
}
