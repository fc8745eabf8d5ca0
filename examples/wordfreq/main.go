// Command wordfreq prints the most frequent words of its input.
package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"
)

// counts maps a lower-cased word to the number of times it was seen.
type counts map[string]int

func count(r io.Reader) (counts, error) {
	c := make(counts)
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r)
		}))
		if w == "" {
			continue
		}
		c[w]++
	}
	return c, sc.Err()
}

// top returns the n most frequent words, ties broken alphabetically.
func (c counts) top(n int) []string {
	words := slices.Collect(maps.Keys(c))
	slices.SortFunc(words, func(a, b string) int {
		if d := cmp.Compare(c[b], c[a]); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return words[:min(n, len(words))]
}

func main() {
	c, err := count(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wordfreq:", err)
		os.Exit(1)
	}
	for i, w := range c.top(10) {
		fmt.Printf("%2d. %-20s %d\n", i+1, w, c[w])
	}
}
