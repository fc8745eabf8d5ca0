module mapscope/tools/gomap_bench

go 1.19
