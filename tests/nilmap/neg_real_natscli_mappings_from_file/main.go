// Reduced from nats-io/natscli v0.5.1, cli/auth_account_command.go:1204, where mapscope check
// reported a nil-map write to `mappings`, which loadMappingsConfig returns nil when no input
// file is given (:1149). mappingAddAction calls loadMappingsConfig only when `c.inputFile != ""`
// and otherwise keeps the map it made; it writes the prompted mapping only when
// `c.inputFile == ""`, under the opposite test of the same field, which nothing sets in
// between. A near miss: the nil return and the write sit under opposite tests of one field.
// Our own rewrite.
package main

import (
	"fmt"
	"os"
	"strings"
)

type mapping struct {
	subject string
	weight  uint8
}

type account struct {
	name     string
	mappings map[string][]mapping
}

type authAccountCommand struct {
	inputFile string
	mapSource string
	mapTarget string
	mapWeight uint
}

func (c *authAccountCommand) loadMappingsConfig() (map[string][]mapping, error) {
	if c.inputFile != "" {
		data, err := os.ReadFile(c.inputFile)
		if err != nil {
			return nil, err
		}
		var mappings map[string][]mapping
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			source, target, ok := strings.Cut(line, "=")
			if !ok {
				return nil, fmt.Errorf("unable to load config file: %q", line)
			}
			if mappings == nil {
				mappings = make(map[string][]mapping)
			}
			mappings[source] = append(mappings[source], mapping{subject: target, weight: 100})
		}
		return mappings, nil
	}
	return nil, nil
}

func (c *authAccountCommand) selectAccount() (*account, error) {
	return &account{name: "ORDERS", mappings: map[string][]mapping{}}, nil
}

func (c *authAccountCommand) mappingAddAction() error {
	var err error
	mappings := map[string][]mapping{}
	if c.inputFile != "" {
		mappings, err = c.loadMappingsConfig()
		if err != nil {
			return err
		}
	}

	acct, err := c.selectAccount()
	if err != nil {
		return err
	}

	if c.inputFile == "" {
		current := acct.mappings[c.mapSource]
		for _, m := range current {
			if m.subject == c.mapTarget {
				return fmt.Errorf("mapping %s -> %s already exists", c.mapSource, c.mapTarget)
			}
		}
		current = append(current, mapping{subject: c.mapTarget, weight: uint8(c.mapWeight)})
		mappings[c.mapSource] = current
	}

	for subject, m := range mappings {
		acct.mappings[subject] = m
	}
	fmt.Println(acct.name, len(acct.mappings))
	return nil
}

func main() {
	c := &authAccountCommand{mapSource: "orders.>", mapTarget: "orders.eu.>", mapWeight: 100}
	if err := c.mappingAddAction(); err != nil {
		panic(err)
	}
}
