// A mirror copies images to two registries, each through an errgroup limited to one job at a
// time so that one registry's pushes never overlap, but both groups record digests in one
// map: a docker.io push and a quay.io push run at once and store into it together.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strconv"

	"golang.org/x/sync/errgroup"
)

type Mirror struct {
	digests map[string]string
}

func digest(image string) string {
	sum := sha256.Sum256([]byte(image))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

func (m *Mirror) push(registry, image string) error {
	m.digests[registry+"/"+image] = digest(image) // want "concurrent map write"
	return nil
}

func main() {
	images := make([]string, 0, 16)
	for i := range 16 {
		images = append(images, "team/service-"+strconv.Itoa(i)+":v1")
	}
	m := &Mirror{digests: make(map[string]string)}

	var docker, quay errgroup.Group
	docker.SetLimit(1)
	quay.SetLimit(1)
	for _, image := range images {
		docker.Go(func() error { return m.push("docker.io", image) })
		quay.Go(func() error { return m.push("quay.io", image) })
	}
	if err := docker.Wait(); err != nil {
		os.Exit(1)
	}
	if err := quay.Wait(); err != nil {
		os.Exit(1)
	}
	os.Stdout.WriteString("mirrored " + strconv.Itoa(len(m.digests)) + " tags\n")
}
