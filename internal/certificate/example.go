package certificate

import _ "embed"

// Example is a certifier details file to fill in, as `roo certify
// --example` writes it: every field of the details with an invented Mexican
// producer and US importer. testdata/certifier.example.json is the same file
// (a test keeps them equal), so that an installed binary, which has no
// testdata, can still hand one to its user.
//
//go:embed example_details.json
var Example []byte
