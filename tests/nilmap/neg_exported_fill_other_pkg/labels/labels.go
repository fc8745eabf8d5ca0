// Package labels merges label sets; Merge writes into the map it is given.
package labels

// Merge copies src into dst. dst must not be nil.
func Merge(dst, src map[string]string) {
	for k, v := range src {
		dst[k] = v
	}
}
