// A sync client lists a paginated API through a prefetching goroutine that stays one page
// ahead on a buffered channel. The prefetcher sends each page together with its ETag, and only
// the consumer keeps the ETags map, writing and reading it in its own loop to checkpoint every
// processed page.
package main

import (
	"fmt"
	"strconv"
)

type Page struct {
	ETag   string
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
		page.ETag = etag
		out <- page
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
		l.etags[page.Cursor] = page.ETag
		checkpoints = append(checkpoints, page.Cursor+"@"+l.etags[page.Cursor])
	}
	fmt.Println(len(items), "items; checkpoints", checkpoints)
}
