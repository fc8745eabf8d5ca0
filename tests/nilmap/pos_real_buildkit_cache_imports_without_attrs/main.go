// A real bug found by mapscope check in moby/buildkit v0.35.0, client/solve.go:273: Client.solve
// clones the caller's FrontendAttrs with maps.Clone, which gives nil for a nil map, and copies
// the attributes that parseCacheOptions made into the clone. parseCacheOptions adds
// "cache-imports" whenever a frontend (or a gateway build) imports a cache, so Client.Solve with
// a Frontend and CacheImports but no FrontendAttrs panics before it contacts the daemon.
// Confirmed by calling Client.Solve that way on a client whose daemon does not exist. (The
// report names a test that calls Solve without a frontend, on which the copy is empty.) This
// program is our own reproduction of that shape, not the project's code.
package main

import (
	"encoding/json"
	"fmt"
	"maps"
)

type cacheOptionsEntry struct {
	Type  string            `json:"type"`
	Attrs map[string]string `json:"attrs"`
}

type solveOpt struct {
	Frontend      string
	FrontendAttrs map[string]string
	CacheImports  []cacheOptionsEntry
}

type cacheOptions struct {
	frontendAttrs map[string]string
}

func parseCacheOptions(isGateway bool, opt solveOpt) (*cacheOptions, error) {
	frontendAttrs := make(map[string]string)
	var cacheImports []cacheOptionsEntry
	for _, im := range opt.CacheImports {
		if im.Type == "registry" && im.Attrs["ref"] == "" {
			return nil, fmt.Errorf("registry cache importer requires ref")
		}
		cacheImports = append(cacheImports, im)
	}
	if opt.Frontend != "" || isGateway {
		if len(cacheImports) > 0 {
			s, err := json.Marshal(cacheImports)
			if err != nil {
				return nil, err
			}
			frontendAttrs["cache-imports"] = string(s)
		}
	}
	return &cacheOptions{frontendAttrs: frontendAttrs}, nil
}

func solve(opt solveOpt) (map[string]string, error) {
	cacheOpt, err := parseCacheOptions(false, opt)
	if err != nil {
		return nil, err
	}
	frontendAttrs := maps.Clone(opt.FrontendAttrs)
	maps.Copy(frontendAttrs, cacheOpt.frontendAttrs) // want "nil map"
	return frontendAttrs, nil
}

func main() {
	withAttrs := solveOpt{
		Frontend:      "dockerfile.v0",
		FrontendAttrs: map[string]string{"filename": "Dockerfile"},
		CacheImports:  []cacheOptionsEntry{{Type: "registry", Attrs: map[string]string{"ref": "example.com/app:cache"}}},
	}
	attrs, err := solve(withAttrs)
	fmt.Println(len(attrs), err)
	withoutAttrs := solveOpt{
		Frontend:     "dockerfile.v0",
		CacheImports: []cacheOptionsEntry{{Type: "registry", Attrs: map[string]string{"ref": "example.com/app:cache"}}},
	}
	attrs, err = solve(withoutAttrs)
	fmt.Println(len(attrs), err)
}
