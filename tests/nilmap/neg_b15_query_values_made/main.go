// A paginated API client builds its query string from a url.Values field. NewAuthed fills the
// field with the API key and NewAnonymous gives it an empty url.Values, so PageURL's Set writes
// into a real map either way. The near miss of pos_b15_query_values_nil.
package main

import (
	"fmt"
	"net/url"
	"strconv"
)

type Lister struct {
	base     string
	params   url.Values
	pageSize int
}

func NewAuthed(base, key string) *Lister {
	return &Lister{base: base, params: url.Values{"api_key": {key}}, pageSize: 50}
}

func NewAnonymous(base string) *Lister {
	return &Lister{base: base, params: url.Values{}, pageSize: 20}
}

func (l *Lister) PageURL(page int) string {
	l.params.Set("page", strconv.Itoa(page))
	l.params.Set("per_page", strconv.Itoa(l.pageSize))
	return l.base + "?" + l.params.Encode()
}

func (l *Lister) Pages(total int) []string {
	var urls []string
	for p := 1; (p-1)*l.pageSize < total; p++ {
		urls = append(urls, l.PageURL(p))
	}
	return urls
}

func main() {
	private := NewAuthed("https://api.example.test/v2/orders", "k-1234")
	for _, u := range private.Pages(120) {
		fmt.Println(u)
	}
	public := NewAnonymous("https://api.example.test/v2/catalogue")
	for _, u := range public.Pages(45) {
		fmt.Println(u)
	}
}
