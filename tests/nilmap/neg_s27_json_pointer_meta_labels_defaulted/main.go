// A job spec embeds *Owner; decoding a document that names the owner makes the Owner, whose
// Tags the document may leave out, so the loader makes them when they are missing before it
// stamps the source.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Owner struct {
	Team string            `json:"team"`
	Tags map[string]string `json:"tags"`
}

type Spec struct {
	*Owner
	Command  string `json:"command"`
	Attempts int    `json:"attempts"`
}

func parse(doc []byte, source string) (*Spec, error) {
	s := &Spec{Attempts: 3}
	if err := json.Unmarshal(doc, s); err != nil {
		return nil, err
	}
	if s.Owner == nil {
		return nil, fmt.Errorf("spec has no owner")
	}
	if s.Tags == nil {
		s.Tags = make(map[string]string)
	}
	s.Tags["source"] = source
	return s, nil
}

func main() {
	for _, doc := range []string{
		`{"team": "infra", "command": "backup", "tags": {"tier": "1"}}`,
		`{"team": "search", "command": "reindex"}`,
	} {
		s, err := parse([]byte(doc), "cli")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		keys := make([]string, 0, len(s.Tags))
		for k, v := range s.Tags {
			keys = append(keys, k+"="+v)
		}
		sort.Strings(keys)
		fmt.Println(s.Team, s.Command, s.Attempts, keys)
	}
}
