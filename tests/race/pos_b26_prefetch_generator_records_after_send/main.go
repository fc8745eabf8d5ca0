// A sync client lists a paginated API through a prefetching goroutine that stays one page
// ahead on a buffered channel. The prefetcher remembers each page's ETag in a map after handing
// the page over, and the consumer checkpoints every processed page with the ETag it looks up in
// that map, so the producer's write and the consumer's lookup of the same page are unordered.
package main

import (
	"fmt"
	"strconv"
)

type Page struct {
	Cursor string
	Items  []string
	Next   string
}

type lister struct {
	etags map[string]string
}

func fetch(cursor string) (Page, string) {
	n, _ := strconv.Atoi(cursor)
	p := Page{Cursor: cursor, Items: []string{"item-" + strconv.Itoa(2*n), "item-" + strconv.Itoa(2*n+1)}}
	if n < 2 {
		p.Next = strconv.Itoa(n + 1)
	}
	return p, `W/"` + strconv.Itoa(1000+n) + `"`
}

func (l *lister) prefetch(out chan<- Page) {
	defer close(out)
	cursor := "0"
	for cursor != "" {
		page, etag := fetch(cursor)
		out <- page
		l.etags[page.Cursor] = etag // want "concurrent map write"
		cursor = page.Next
	}
}

func main() {
	l := &lister{etags: make(map[string]string)}
	pages := make(chan Page, 1)
	go l.prefetch(pages)

	var items, checkpoints []string
	for page := range pages {
		items = append(items, page.Items...)
		checkpoints = append(checkpoints, page.Cursor+"@"+l.etags[page.Cursor]) // other access
	}
	fmt.Println(len(items), "items; checkpoints", checkpoints)
}
