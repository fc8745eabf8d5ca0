module mapscope/tools/syncmap_bench

go 1.24
