// Reduced from blevesearch/bleve/v2 v2.6.3, search/facets_builder.go:392, where mapscope check
// reported FacetResults.Merge writing into a nil receiver when TestSearchResultFacetsMerge
// merges a result whose literal has no Facets (search_test.go:562) into another.
// SearchResult.Merge (search.go:695) first adopts the other result's facets, `if sr.Facets ==
// nil && len(other.Facets) != 0 { sr.Facets = other.Facets; return }`, so Merge is reached
// with a nil receiver only when the other map is empty, and Merge writes only in a loop over
// that map. A near miss: a nil map written only in a loop over a map the caller found empty.
// Our own rewrite.
package main

import "fmt"

type facetResult struct {
	field string
	total int
}

func (fr *facetResult) merge(other *facetResult) {
	fr.total += other.total
}

type facetResults map[string]*facetResult

func (fr facetResults) merge(other facetResults) {
	for name, oFacetResult := range other {
		facetResult, ok := fr[name]
		if ok {
			facetResult.merge(oFacetResult)
		} else {
			fr[name] = oFacetResult
		}
	}
}

type searchResult struct {
	total  uint64
	facets facetResults
}

func (sr *searchResult) merge(other *searchResult) {
	sr.total += other.total
	if sr.facets == nil && len(other.facets) != 0 {
		sr.facets = other.facets
		return
	}
	sr.facets.merge(other.facets)
}

func main() {
	l := &searchResult{total: 10}
	r := &searchResult{total: 1, facets: facetResults{"birthdays": {field: "birthday", total: 3}}}
	l.merge(r)
	l.merge(&searchResult{total: 2})
	l.merge(&searchResult{total: 4, facets: facetResults{"birthdays": {field: "birthday", total: 5}}})
	fmt.Println(l.total, l.facets["birthdays"].total)
}
