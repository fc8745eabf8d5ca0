// A near miss of pos_b18_tree_walk_leaf_without_attrs: an archive index keeps directories, made
// with their Attrs map, and bare file nodes in two tables; tagging looks a directory up in the
// directory table only, whose nodes all have the map.
package main

import "fmt"

type Node struct {
	Name  string
	Size  int
	Attrs map[string]string
}

type Index struct {
	dirs  map[string]*Node
	files map[string]*Node
}

func (ix *Index) addDir(name string) {
	ix.dirs[name] = &Node{Name: name, Attrs: map[string]string{"kind": "dir"}}
}

func (ix *Index) addFile(name string, size int) {
	ix.files[name] = &Node{Name: name, Size: size}
}

func (ix *Index) tagDir(name, key, value string) bool {
	if _, ok := ix.dirs[name]; !ok {
		return false
	}
	ix.dirs[name].Attrs[key] = value
	return true
}

func main() {
	ix := &Index{dirs: map[string]*Node{}, files: map[string]*Node{}}
	ix.addDir("etc")
	ix.addFile("etc/hosts", 220)
	fmt.Println(ix.tagDir("etc", "owner", "root"), ix.tagDir("var", "owner", "root"))
	fmt.Println(ix.dirs["etc"].Attrs, ix.files["etc/hosts"].Size)
}
