module example.com/nilmapcorpus

go 1.22
