// A contribution report sizes its team-by-repository breakdown with make(map, len(teams)) and
// then makes a row for every known team, so adding a commit of a known team always finds its
// inner map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Commit struct {
	Author string
	Team   string
	Repo   string
	Lines  int
}

func breakdown(teams []string, commits []Commit) map[string]map[string]int {
	known := make(map[string]bool, len(teams))
	rows := make(map[string]map[string]int, len(teams))
	for _, t := range teams {
		known[t] = true
		rows[t] = map[string]int{}
	}
	for _, c := range commits {
		if !known[c.Team] || c.Lines == 0 {
			continue
		}
		rows[c.Team][c.Repo] += c.Lines
	}
	return rows
}

func format(rows map[string]map[string]int) string {
	var lines []string
	for team, repos := range rows {
		for repo, n := range repos {
			lines = append(lines, fmt.Sprintf("%s/%s %d", team, repo, n))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func main() {
	teams := []string{"payments", "search"}
	commits := []Commit{
		{"ana", "payments", "ledger", 120},
		{"bo", "search", "indexer", 45},
		{"cy", "infra", "terraform", 300},
		{"ana", "payments", "ledger", 12},
		{"dee", "search", "ranker", 0},
	}
	fmt.Println(format(breakdown(teams, commits)))
}
