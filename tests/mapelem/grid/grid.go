// Package grid keeps fixed-size arrays as map values: indexing an array element of a map
// element is as unaddressable as a field of one; slices are not (their backing array is).
package grid

type Row [8]int

type Board struct {
	rows   map[string]Row
	cells  map[string][]int
	scores map[string]struct{ byRound [3]int }
}

func (b *Board) Mark(name string, col int) {
	b.rows[name][col] = 1 // want "map element"
}

func (b *Board) CellAddr(name string, col int) *int {
	return &b.rows[name][col] // want "map element"
}

func (b *Board) Score(name string, round, pts int) {
	b.scores[name].byRound[round] += pts // want "map element"
}

// A slice element lives in the slice's backing array, which is addressable.
func (b *Board) Cell(name string, col int) *int {
	b.cells[name][col] = 1
	return &b.cells[name][col]
}

// Generic code over a map type parameter is rejected the same way.
func Bump[M ~map[K]Row, K comparable](m M, k K) {
	m[k][0]++ // want "map element"
}
