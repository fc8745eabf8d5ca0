// A sync client lists a paginated API through a prefetching goroutine that stays one page
// ahead on a buffered channel. The prefetcher remembers each page's ETag in a map after handing
// the page over; the consumer checkpoints the processed pages with their ETags only once the
// channel is drained, and the prefetcher closes it after its last write.
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
		l.etags[page.Cursor] = etag
		cursor = page.Next
	}
}

func main() {
	l := &lister{etags: make(map[string]string)}
	pages := make(chan Page, 1)
	go l.prefetch(pages)

	var items, cursors, checkpoints []string
	for page := range pages {
		items = append(items, page.Items...)
		cursors = append(cursors, page.Cursor)
	}
	for _, c := range cursors {
		checkpoints = append(checkpoints, c+"@"+l.etags[c])
	}
	fmt.Println(len(items), "items; checkpoints", checkpoints)
}
