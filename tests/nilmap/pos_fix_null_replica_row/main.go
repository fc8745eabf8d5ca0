// Reduced from the fix in https://github.com/shenaba/2s-ui/pull/186 ("fix: three nil-map panics
// in node sync and the subscription builders"): a managed node's address book arrives as the
// JSON its own panel stored, a null row in it decodes to a nil map, and the backfill that copies
// the snapshot's server, port and TLS onto rows that do not override them writes into that row.
package main

import (
	"encoding/json"
	"fmt"
)

type snapshot struct {
	Server string
	Port   int
	TLS    bool
}

func backfill(rows []map[string]interface{}, snap snapshot) {
	defaults := map[string]interface{}{
		"server":      snap.Server,
		"server_port": snap.Port,
		"tls":         snap.TLS,
	}
	for _, row := range rows {
		for k, v := range defaults {
			if _, ok := row[k]; !ok {
				row[k] = v // want "nil map"
			}
		}
	}
}

func genReplicaLinks(addressBook []byte, snap snapshot) ([]string, error) {
	var rows []map[string]interface{}
	if err := json.Unmarshal(addressBook, &rows); err != nil {
		return nil, err
	}
	backfill(rows, snap)
	var links []string
	for _, row := range rows {
		link := fmt.Sprintf("%v@%v:%v", row["remark"], row["server"], row["server_port"])
		links = append(links, fmt.Sprintf("%s tls=%v", link, row["tls"]))
	}
	return links, nil
}

func main() {
	snap := snapshot{Server: "edge.example.net", Port: 443, TLS: true}
	books := []string{
		`[{"remark": "hk", "server": "hk.example.net"}, {"remark": "jp"}]`,
		`[{"remark": "sg", "server_port": 8443}, null]`,
	}
	for _, book := range books {
		links, err := genReplicaLinks([]byte(book), snap)
		if err != nil {
			fmt.Println("address book:", err)
			continue
		}
		fmt.Println(links)
	}
}
