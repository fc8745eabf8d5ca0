module mapscope/tools/gomap_oracle

go 1.19
