package main

// Query is a small SQL builder; a chain starts from Select or From.
type Query struct {
	cols    []string
	table   string
	args    map[string]any // column -> value of a WHERE col = ?
	orderBy string
	limit   int
}

func Select(cols ...string) *Query {
	return &Query{cols: cols, args: make(map[string]any), limit: -1}
}

// From starts a "SELECT *" chain.
func From(table string) *Query {
	return &Query{cols: []string{"*"}, table: table, args: make(map[string]any), limit: -1}
}
