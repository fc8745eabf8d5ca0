package cache

import (
	"testing"
	"time"
)

func TestExpiry(t *testing.T) {
	now := time.Unix(0, 0)
	c := New[string, int](time.Minute)
	c.now = func() time.Time { return now }
	c.Put("a", 1)
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatalf("Get(a) = %v, %v", v, ok)
	}
	now = now.Add(2 * time.Minute)
	if _, ok := c.Get("a"); ok {
		t.Fatal("entry did not expire")
	}
	for k, v := range c.All() {
		t.Errorf("unexpected live entry %q=%d", k, v)
	}
}
