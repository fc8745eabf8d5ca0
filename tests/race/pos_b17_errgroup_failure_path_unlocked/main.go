// A bulk importer loads each CSV file in an errgroup goroutine. The success path records the row
// count under the mutex, but the failure path, added later to report every bad file instead of
// stopping at the first, writes the failures map without it; two bad files race on it.
package main

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Importer struct {
	mu       sync.Mutex
	imported map[string]int
	failed   map[string]string
}

func parseCSV(body string) (int, error) {
	rows := strings.Split(strings.TrimSpace(body), "\n")
	width := strings.Count(rows[0], ",")
	for i, r := range rows[1:] {
		if strings.Count(r, ",") != width {
			return 0, errors.New("row " + strconv.Itoa(i+2) + ": wrong number of fields")
		}
	}
	return len(rows) - 1, nil
}

func (im *Importer) importFile(name, body string) error {
	n, err := parseCSV(body)
	if err != nil {
		im.failed[name] = err.Error() // want "concurrent map write"
		return nil
	}
	im.mu.Lock()
	im.imported[name] = n
	im.mu.Unlock()
	return nil
}

func main() {
	files := map[string]string{
		"users.csv":    "id,name\n1,ana\n2,bo\n",
		"orders.csv":   "id,user,total\n7,1,30\n8,2\n",
		"payments.csv": "id,order\n1\n",
	}
	im := &Importer{imported: map[string]int{}, failed: map[string]string{}}
	var g errgroup.Group
	for name, body := range files {
		g.Go(func() error { return im.importFile(name, body) })
	}
	g.Wait()
	var report []string
	for name, n := range im.imported {
		report = append(report, name+": "+strconv.Itoa(n)+" rows")
	}
	for name, msg := range im.failed {
		report = append(report, name+": "+msg)
	}
	sort.Strings(report)
	os.Stdout.WriteString(strings.Join(report, "\n") + "\n")
}
