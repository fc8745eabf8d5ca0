// Package inventory keeps stock levels per SKU in a map of structs and updates them in place,
// which Go rejects: a map element has no address.
package inventory

type Stock struct {
	OnHand   int
	Reserved int
	Location struct{ Aisle, Shelf string }
}

type Inventory struct {
	bySKU map[string]Stock
}

func (inv *Inventory) Reserve(sku string, n int) {
	inv.bySKU[sku].Reserved += n // want "map element"
}

func (inv *Inventory) Receive(sku string, n int) {
	inv.bySKU[sku].OnHand = inv.bySKU[sku].OnHand + n // want "map element"
}

func (inv *Inventory) Pick(sku string) {
	inv.bySKU[sku].OnHand-- // want "map element"
}

func (inv *Inventory) Move(sku, aisle string) {
	inv.bySKU[sku].Location.Aisle = aisle // want "map element"
}

// Restock shows the fix: copy the element, change the copy, store it back.
func (inv *Inventory) Restock(sku string, n int) {
	s := inv.bySKU[sku]
	s.OnHand += n
	inv.bySKU[sku] = s
}

// Counts stores plain values: assigning to the element itself is fine.
func Counts(skus []string) map[string]int {
	counts := map[string]int{}
	for _, s := range skus {
		counts[s]++
	}
	return counts
}
