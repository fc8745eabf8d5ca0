// A crawler's fetchLinks returns (nil, ctx.Err()) once its deadline has passed; the caller
// treats context.Canceled as the end of crawling and returns what it counted so far before
// touching the nil link map.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"
)

var site = map[string][]string{
	"/":      {"/docs", "/blog"},
	"/docs":  {"/docs/install", "/"},
	"/blog":  {"/blog/2024", "/docs"},
	"/extra": {"/"},
}

func fetchLinks(ctx context.Context, page string) (map[string]bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	links := make(map[string]bool)
	for _, l := range site[page] {
		links[l] = strings.HasPrefix(l, "/docs")
	}
	return links, nil
}

func crawl(ctx context.Context, cancel context.CancelFunc, pages []string, budget int) (map[string]int, error) {
	counts := map[string]int{}
	for i, page := range pages {
		if i == budget {
			cancel()
		}
		links, err := fetchLinks(ctx, page)
		if errors.Is(err, context.Canceled) {
			return counts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("crawl %s: %w", page, err)
		}
		links[page] = true
		counts[page] = len(links)
	}
	return counts, nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	counts, err := crawl(ctx, cancel, []string{"/", "/docs", "/blog", "/extra"}, 3)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range []string{"/", "/docs", "/blog", "/extra"} {
		fmt.Println(p, counts[p])
	}
}
