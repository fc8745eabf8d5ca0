module mapscope/tools/astdump

go 1.26.0
