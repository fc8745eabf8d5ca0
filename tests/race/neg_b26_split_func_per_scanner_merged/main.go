// A log indexer tokenizes files with bufio.Scanner and a custom split function that also
// tallies token kinds in a map it closes over. The current file is scanned in main while the
// rotated one is scanned in a goroutine, so each scanner gets a split function with a tally of
// its own, and main adds the rotated file's tally to its own after Wait.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

func countingWords(kinds map[string]int) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		advance, token, err := bufio.ScanWords(data, atEOF)
		if token != nil {
			kind := "word"
			if unicode.IsDigit(rune(token[0])) {
				kind = "number"
			}
			kinds[kind]++
		}
		return advance, token, err
	}
}

func index(text string, split bufio.SplitFunc) []string {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(split)
	var terms []string
	for sc.Scan() {
		terms = append(terms, strings.ToLower(sc.Text()))
	}
	return terms
}

func main() {
	files := map[string]string{
		"app.log":   "GET /orders 200 12ms\nPOST /orders 201 40ms\n",
		"app.log.1": "GET /health 200 1ms\nGET /orders 500 903ms\n",
	}
	kinds := make(map[string]int)
	rotatedKinds := make(map[string]int)

	var wg sync.WaitGroup
	var rotated []string
	wg.Go(func() {
		rotated = index(files["app.log.1"], countingWords(rotatedKinds))
	})
	current := index(files["app.log"], countingWords(kinds))
	wg.Wait()
	for kind, n := range rotatedKinds {
		kinds[kind] += n
	}

	terms := append(current, rotated...)
	sort.Strings(terms)
	fmt.Println(len(terms), "terms;", kinds["word"], "words,", kinds["number"], "numbers")
}
