// Near miss of pos_fix_coverage_decoded_line_cache, the fixed code of
// https://github.com/k1LoW/octocov/pull/74 (commit e959722): the lazy build of the
// blocks-by-line cache makes a new map before filling it.
package main

import (
	"encoding/json"
	"fmt"
)

type BlockCoverage struct {
	StartLine int `json:"start_line"`
	EndLine   int `json:"end_line"`
	Count     int `json:"count"`
}

type FileCoverage struct {
	File   string           `json:"file"`
	Blocks []*BlockCoverage `json:"blocks,omitempty"`
	cache  map[int][]*BlockCoverage
}

type Coverage struct {
	Files []*FileCoverage `json:"files"`
}

func NewFileCoverage(file string) *FileCoverage {
	return &FileCoverage{File: file, cache: map[int][]*BlockCoverage{}}
}

func (fc *FileCoverage) FindBlocksByLine(n int) []*BlockCoverage {
	if fc == nil {
		return nil
	}
	if len(fc.cache) == 0 {
		fc.cache = map[int][]*BlockCoverage{}
		for _, b := range fc.Blocks {
			for i := b.StartLine; i <= b.EndLine; i++ {
				fc.cache[i] = append(fc.cache[i], b)
			}
		}
	}
	return fc.cache[n]
}

// stored is a report saved by an earlier run, as the datastore returns it.
const stored = `{"files": [{"file": "main.go", "blocks": [
	{"start_line": 3, "end_line": 5, "count": 1},
	{"start_line": 7, "end_line": 8, "count": 0}
]}]}`

func main() {
	parsed := NewFileCoverage("util.go")
	parsed.Blocks = append(parsed.Blocks, &BlockCoverage{StartLine: 1, EndLine: 2, Count: 4})
	fmt.Println(len(parsed.FindBlocksByLine(2)))

	var report Coverage
	if err := json.Unmarshal([]byte(stored), &report); err != nil {
		fmt.Println(err)
		return
	}
	for line := 1; line <= 8; line++ {
		fmt.Println(line, len(report.Files[0].FindBlocksByLine(line)))
	}
}
