module example.com/mapelem

go 1.26
