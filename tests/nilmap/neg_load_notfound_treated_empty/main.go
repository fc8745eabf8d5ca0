// A preferences service keeps one "key=value" file per user. Update treats ErrNotFound from
// the loader as "no preferences yet" and goes on to set the key; the loader returns an empty
// map with that error for exactly this use, so a user's first preference is stored.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrNotFound = errors.New("not found")

type fileStore struct {
	files map[string]string // file name -> contents
}

func (s *fileStore) load(user string) (map[string]string, error) {
	raw, ok := s.files[user+".prefs"]
	if !ok {
		return map[string]string{}, fmt.Errorf("load %s: %w", user, ErrNotFound)
	}
	prefs := make(map[string]string)
	for _, line := range strings.Split(raw, "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			prefs[k] = v
		}
	}
	return prefs, nil
}

func (s *fileStore) save(user string, prefs map[string]string) {
	lines := make([]string, 0, len(prefs))
	for k, v := range prefs {
		lines = append(lines, k+"="+v)
	}
	sort.Strings(lines)
	s.files[user+".prefs"] = strings.Join(lines, "\n")
}

func (s *fileStore) Update(user, key, value string) error {
	prefs, err := s.load(user)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	prefs[key] = value
	s.save(user, prefs)
	return nil
}

func main() {
	s := &fileStore{files: map[string]string{"ann.prefs": "theme=dark\nlang=en"}}
	for _, u := range []struct{ user, key, value string }{
		{"ann", "lang", "de"},
		{"bob", "theme", "light"},
	} {
		if err := s.Update(u.user, u.key, u.value); err != nil {
			fmt.Println("update:", err)
		}
	}
	fmt.Printf("%q\n", s.files)
}
