// A word-frequency job gives each worker its own scratch map, merged after the workers
// finish. The scratch slice gets a fresh map per slot in a loop, so every worker writes a
// map of its own.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

func count(text string, into map[string]int) {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		into[strings.Trim(w, ".,;")]++
	}
}

func wordFreq(chunks []string) map[string]int {
	scratch := make([]map[string]int, len(chunks))
	for i := range scratch {
		scratch[i] = make(map[string]int)
	}
	var wg sync.WaitGroup
	for i := 1; i < len(chunks); i++ {
		wg.Go(func() { count(chunks[i], scratch[i]) })
	}
	// The caller counts the first chunk itself instead of idling.
	count(chunks[0], scratch[0])
	wg.Wait()
	total := make(map[string]int)
	for _, m := range scratch {
		for w, n := range m {
			total[w] += n
		}
	}
	return total
}

func main() {
	chunks := []string{
		"The quick brown fox jumps over the lazy dog.",
		"The dog sleeps; the fox runs.",
		"A fox, a dog, and the end.",
	}
	freq := wordFreq(chunks)
	os.Stdout.WriteString("the=" + strconv.Itoa(freq["the"]) + " fox=" + strconv.Itoa(freq["fox"]) + "\n")
}
